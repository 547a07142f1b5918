// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmessage.h"

#include <QVBoxLayout>

namespace sisambang::ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    setPalette(colours);
    hide();
}

FieldMessage::~FieldMessage() = default;

void FieldMessage::showError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldMessage::clear()
{
    QLabel::clear();
    hide();
}

QWidget *fieldWithMessage(QWidget *field, FieldMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return box;
}

} // namespace sisambang::ui
