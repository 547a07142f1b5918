// SPDX-License-Identifier: GPL-3.0-or-later
#include "clashpanel.h"

#include "common/fieldmessage.h"
#include "schedulesnapshot.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace sisambang::ui {

ClashPanel::ClashPanel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_message(new FieldMessage(this))
{
    setObjectName(QStringLiteral("clashPanel"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(
        QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("clashText"));
    m_reason->setObjectName(QStringLiteral("clashReason"));
    m_reason->setPlaceholderText(tr("Reason for accepting the clash"));
    layout->addWidget(m_icon, 0, 0);
    layout->addWidget(m_text, 0, 1);
    layout->addWidget(fieldWithMessage(m_reason, m_message, this), 1, 1);
    layout->setColumnStretch(1, 1);
    setClashes({});
}

ClashPanel::~ClashPanel() = default;

void ClashPanel::setClashes(const QList<db::Clash> &clashes)
{
    m_clashes = clashes;
    const bool open = !openClashes().isEmpty();
    m_text->setText(clashLines(clashes));
    m_reason->setVisible(open);
    if (!open) {
        m_message->clear();
    }
    setVisible(!clashes.isEmpty());
}

QList<db::Clash> ClashPanel::openClashes() const
{
    QList<db::Clash> open;
    for (const db::Clash &clash : m_clashes) {
        if (!clash.accepted) {
            open << clash;
        }
    }
    return open;
}

QString ClashPanel::reason() const
{
    return m_reason->text().trimmed();
}

bool ClashPanel::checkReason()
{
    if (openClashes().isEmpty() || !reason().isEmpty()) {
        m_message->clear();
        return true;
    }
    m_message->showError(
        tr("Give the reason for accepting the clash, or change the activity so that it does not "
           "clash."));
    m_reason->setFocus();
    return false;
}

db::Status ClashPanel::acceptOpen(db::ClashDetector &detector, qint64 candidateId) const
{
    for (const db::Clash &clash : openClashes()) {
        qint64 self = clash.activityId;
        qint64 other = clash.otherActivityId;
        if (self == 0 && clash.candidate >= 0) {
            self = candidateId;
        }
        if (other == 0 && clash.otherCandidate >= 0) {
            other = candidateId;
        }
        if (self == 0) {
            std::swap(self, other);
        }
        if (auto done = detector.accept(self, clash.rule, other, reason()); !done) {
            return done;
        }
    }
    return {};
}

} // namespace sisambang::ui
