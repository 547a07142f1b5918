// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sisambang::ui {

EmptyState::EmptyState(const QIcon &icon, const QString &title, const QString &text,
                       QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_icon->setPixmap(icon.pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignCenter);
    // Greyed like the rest of the panel: this is a state, not a button.
    m_icon->setEnabled(false);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    // A column of readable width: word-wrapped labels get their height for the
    // width the layout gives them only when added without an alignment.
    auto *column = new QWidget(this);
    column->setMaximumWidth(600);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_text);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

EmptyState::~EmptyState() = default;

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

} // namespace sisambang::ui
