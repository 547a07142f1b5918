// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityheader.h"

#include "activitybrowser.h"
#include "activityrecords.h"
#include "context.h"
#include "followuplist.h"
#include "indonesiantext.h"
#include "schedule/schedulesnapshot.h"

#include <QFrame>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

ActivityHeader::ActivityHeader(Context &context, const QString &zone, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_zone(zone)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_records(new QLabel(this))
    , m_followUpFrame(new QFrame(this))
    , m_followUpTitle(new QLabel(m_followUpFrame))
    , m_followUps(new FollowUpList(context, FollowUpList::Source::EarlierOpen, m_followUpFrame))
{
    m_title->setObjectName(QStringLiteral("activityTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("activityDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_records->setObjectName(QStringLiteral("activityRecords"));
    m_records->setTextFormat(Qt::PlainText);
    m_records->setWordWrap(true);

    // Yellow like a note stuck on the file: hard to miss, not an error.
    m_followUpFrame->setObjectName(QStringLiteral("followUpBanner"));
    m_followUpFrame->setFrameShape(QFrame::StyledPanel);
    m_followUpFrame->setStyleSheet(
        QStringLiteral("#followUpBanner { background: #fff4c2; border: 1px solid #d9b500; }"));
    m_followUpTitle->setWordWrap(true);
    QFont bold = m_followUpTitle->font();
    bold.setBold(true);
    m_followUpTitle->setFont(bold);
    m_followUps->tree()->setMaximumHeight(m_followUps->fontMetrics().height() * 6);
    auto *frameLayout = new QVBoxLayout(m_followUpFrame);
    frameLayout->addWidget(m_followUpTitle);
    frameLayout->addWidget(m_followUps);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_records);
    layout->addWidget(m_followUpFrame);
    m_followUpFrame->hide();
    connect(m_followUps, &FollowUpList::changed, this, [this] {
        refresh();
        Q_EMIT followUpClosed();
    });
}

ActivityHeader::~ActivityHeader() = default;

void ActivityHeader::setActivity(const db::Activity &activity)
{
    m_activity = activity;
    namespace id = documents::indonesian;
    // A desa is placed in its kecamatan; a kecamatan names itself.
    const bool desa = activity.regionCode.count(u'.') == 3;
    m_title->setText(
        desa ? QStringLiteral("%1 (%2)").arg(activityCaption(activity),
                                             tr("Kecamatan %1").arg(activity.districtName))
             : activityCaption(activity));
    QStringList details{id::longDate(activity.date),
                        id::timeRange(activity.start, activity.end, m_zone)};
    if (!activity.venue.isEmpty()) {
        details << activity.venue;
    }
    details << tr("Status: %1").arg(activityStatusText(activity.status));
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_followUps->setActivity(activity.id);
    refresh();
}

void ActivityHeader::refresh()
{
    if (m_activity.id == 0) {
        return;
    }
    m_followUps->reload();
    const int open = m_followUps->count();
    m_followUpTitle->setText(
        tr("%n follow-up item(s) agreed at earlier activities in %1 still open: raise them, and "
           "close each once settled.",
           nullptr, open)
            .arg(m_activity.regionName));
    m_followUpFrame->setVisible(open > 0);

    auto summary = db::ActivityRecords(m_context.database).summary(m_activity.id);
    if (!summary) {
        m_records->setText(summary.error().message);
        return;
    }
    m_records->setText(
        tr("Invited %1  ·  present %2  ·  minutes %3  ·  photos %4  ·  follow-up items %5 "
           "(%6 open)")
            .arg(summary->invited)
            .arg(summary->attended)
            .arg(summary->hasMinutes ? tr("written") : tr("not yet"))
            .arg(summary->photos)
            .arg(summary->followUps)
            .arg(summary->openFollowUps));
}

QString ActivityHeader::titleText() const
{
    return m_title->text();
}

QString ActivityHeader::detailsText() const
{
    return m_details->text();
}

QString ActivityHeader::recordsText() const
{
    return m_records->text();
}

bool ActivityHeader::followUpsShown() const
{
    return !m_followUpFrame->isHidden();
}

} // namespace sisambang::ui
