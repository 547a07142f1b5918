// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydocumentloader.h"

#include "agreements.h"
#include "attendance.h"
#include "followups.h"
#include "participants.h"
#include "phonenumbers.h"
#include "photos.h"
#include "regions.h"

namespace sisambang::ui {

namespace {

documents::ActivityPerson person(const QString &name, const QString &jabatan,
                                 const QString &institution, const QString &phone)
{
    return {name, jabatan, institution, db::PhoneNumbers::display(phone)};
}

QStringList lines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            result << line.trimmed();
        }
    }
    return result;
}

QList<documents::FollowUpItem> followUpItems(const db::Database &database, qint64 activityId)
{
    QList<documents::FollowUpItem> items;
    if (auto found = db::FollowUpRepository(database).forActivity(activityId)) {
        for (const db::FollowUp &each : *found) {
            items << documents::FollowUpItem{each.description, each.assignee, each.due};
        }
    }
    return items;
}

} // namespace

db::Result<documents::OfficeContext> ActivityDocumentLoader::office() const
{
    auto profile = db::OfficeProfileStore(m_database).load();
    if (!profile) {
        return profile.error();
    }
    documents::OfficeContext office;
    office.profile = *profile;
    office.timeZone = m_zone;
    if (!profile->regionCode.isEmpty()) {
        if (auto regency = db::RegionRepository(m_database).find(profile->regionCode)) {
            office.regency = *regency;
        }
    }
    return office;
}

db::Result<QList<documents::ActivityPerson>>
ActivityDocumentLoader::invited(qint64 activityId) const
{
    auto participants = db::ParticipantRepository(m_database).list(activityId);
    if (!participants) {
        return participants.error();
    }
    QList<documents::ActivityPerson> people;
    for (const db::Participant &each : *participants) {
        people << person(each.name, each.jabatan, each.institution, each.phone);
    }
    return people;
}

db::Result<QList<documents::ActivityPerson>>
ActivityDocumentLoader::present(qint64 activityId) const
{
    auto rows = db::AttendanceRepository(m_database).rows(activityId);
    if (!rows) {
        return rows.error();
    }
    QList<documents::ActivityPerson> people;
    for (const db::AttendanceRow &row : *rows) {
        if (row.attended || row.walkIn) {
            people << person(row.name, row.jabatan, row.institution, row.phone);
        }
    }
    return people;
}

db::Result<documents::Document>
ActivityDocumentLoader::invitation(qint64 activityId, const PrintOptions &options) const
{
    auto activity = db::ActivityRepository(m_database).find(activityId);
    auto context = office();
    auto people = invited(activityId);
    if (!activity || !context || !people) {
        return !activity ? activity.error() : !context ? context.error() : people.error();
    }
    if (people->isEmpty()) {
        return db::Error::invalid(tr("Nobody is invited yet: choose the participants on the "
                                     "Participants tab first."));
    }
    documents::InvitationData data;
    data.office = *context;
    data.activity = *activity;
    data.invitees = *people;
    data.signer = options.signer;
    data.layout = options.layout;
    return documents::invitationDocument(data, options.paper);
}

db::Result<documents::Document>
ActivityDocumentLoader::attendanceSheet(qint64 activityId, const PrintOptions &options) const
{
    auto activity = db::ActivityRepository(m_database).find(activityId);
    auto context = office();
    auto people = invited(activityId);
    if (!activity || !context || !people) {
        return !activity ? activity.error() : !context ? context.error() : people.error();
    }
    documents::AttendanceSheetData data;
    data.office = *context;
    data.activity = *activity;
    data.participants = *people;
    data.blankRows = options.blankRows;
    data.signer = options.signer;
    return documents::attendanceSheetDocument(data, options.paper);
}

db::Result<documents::Document> ActivityDocumentLoader::minutes(qint64 activityId,
                                                                const PrintOptions &options) const
{
    auto activity = db::ActivityRepository(m_database).find(activityId);
    auto context = office();
    auto written = db::MinutesRepository(m_database).find(activityId);
    auto counts = db::AttendanceRepository(m_database).counts(activityId);
    if (!activity || !context || !written || !counts) {
        return !activity  ? activity.error()
               : !context ? context.error()
               : !written ? written.error()
                          : counts.error();
    }
    if (!written->has_value()) {
        return db::Error::invalid(
            tr("The minutes of this activity are not written yet: fill them in on the Minutes "
               "tab and save them first."));
    }
    const db::Minutes &minutes = **written;
    documents::MinutesData data;
    data.office = *context;
    data.activity = *activity;
    data.startedAt = minutes.start;
    data.endedAt = minutes.end;
    data.chair.name = minutes.chair;
    data.minuteTaker.name = minutes.minuteTaker;
    data.participantCount = counts->total;
    data.agenda = minutes.agenda;
    for (const db::MinutesPoint &point : minutes.points) {
        data.discussion << documents::MinutesPoint{point.speaker, point.text};
    }
    data.conclusions = lines(minutes.conclusion);
    data.followUps = followUpItems(m_database, activityId);
    return documents::minutesDocument(data, options.paper);
}

db::Result<documents::Document> ActivityDocumentLoader::report(qint64 activityId,
                                                               const PrintOptions &options) const
{
    auto activity = db::ActivityRepository(m_database).find(activityId);
    auto context = office();
    auto people = present(activityId);
    auto written = db::MinutesRepository(m_database).find(activityId);
    db::PhotoRepository photos(m_database);
    auto pictures = photos.list(activityId);
    if (!activity || !context || !people || !written || !pictures) {
        return !activity  ? activity.error()
               : !context ? context.error()
               : !people  ? people.error()
               : !written ? written.error()
                          : pictures.error();
    }
    documents::ActivityReportData data;
    data.office = *context;
    data.activity = *activity;
    data.participants = *people;
    data.signer = options.signer;
    if (activity->agreementId != 0) {
        if (auto agreement = db::AgreementRepository(m_database).find(activity->agreementId)) {
            data.agreement = documents::agreementReference(*agreement);
        }
    }
    if (written->has_value()) {
        for (const db::MinutesPoint &point : (*written)->points) {
            data.discussion << documents::MinutesPoint{point.speaker, point.text};
        }
        data.conclusions = lines((*written)->conclusion);
    }
    data.followUps = followUpItems(m_database, activityId);
    for (const db::Photo &photo : *pictures) {
        if (auto path = photos.absolutePath(photo.storedPath)) {
            data.photos << documents::ReportPhoto{*path, {}, photo.caption};
        }
    }
    return documents::activityReportDocument(data, options.paper);
}

} // namespace sisambang::ui
