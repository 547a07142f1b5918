// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydocuments.h"

#include "agreements.h"
#include "attendance.h"
#include "database.h"
#include "followups.h"
#include "institutions.h"
#include "minutes.h" // db/: the record, beside minutesdocument.h
#include "participants.h"
#include "phonenumbers.h"
#include "photos.h"

#include <QCoreApplication>

namespace sisambang::documents {

namespace {

const QString invitationKind = QStringLiteral("invitation");

QString tr(const char *text)
{
    return QCoreApplication::translate("ActivityDocuments", text);
}

ActivityPerson personOf(const QString &name, const QString &jabatan, const QString &institution,
                        const QString &phone)
{
    return {.name = name,
            .position = jabatan,
            .institution = institution,
            .phone = phone.isEmpty() ? QString() : db::PhoneNumbers::display(phone)};
}

struct ActivityAround
{
    db::Activity activity;
    std::optional<db::Agreement> agreement;
    QString hostName;
};

db::Result<ActivityAround> loadActivity(const db::Database &database, qint64 activityId)
{
    ActivityAround around;
    auto activity = db::ActivityRepository(database).find(activityId);
    if (!activity) {
        return activity.error();
    }
    around.activity = *activity;
    if (activity->agreementId > 0) {
        auto agreement = db::AgreementRepository(database).find(activity->agreementId);
        if (!agreement) {
            return agreement.error();
        }
        around.agreement = *agreement;
    }
    if (activity->hostInstitutionId > 0) {
        auto host = db::InstitutionRepository(database).find(activity->hostInstitutionId);
        if (!host) {
            return host.error();
        }
        around.hostName = host->name;
    }
    return around;
}

// "pelaksanaan Nota Kesepahaman antara ... tentang Sambang Pengawasan"
QString basisOf(const ActivityAround &around)
{
    if (!around.agreement) {
        return {};
    }
    return QStringLiteral("pelaksanaan ") +
           agreementCitation(agreementReference(*around.agreement));
}

// The role a name has on the activity's lists: "Sekretaris Camat\nKantor Camat Koba".
QString roleOnList(const QList<db::AttendanceRow> &rows, const QString &name)
{
    for (const db::AttendanceRow &row : rows) {
        if (row.name.compare(name.simplified(), Qt::CaseInsensitive) == 0) {
            return positionAndInstitution(personOf(row.name, row.jabatan, row.institution, {}),
                                          QStringLiteral(" "));
        }
    }
    return {};
}

QList<FollowUpItem> followUpItems(const QList<db::FollowUp> &followUps)
{
    QList<FollowUpItem> items;
    for (const db::FollowUp &item : followUps) {
        items << FollowUpItem{
            .action = item.description, .responsible = item.assignee, .due = item.due};
    }
    return items;
}

QStringList conclusionLines(const QString &conclusion)
{
    QStringList lines;
    for (const QString &line : conclusion.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty()) {
            lines << line.trimmed();
        }
    }
    return lines;
}

} // namespace

db::Result<OfficeContext> loadOfficeContext(const db::Database &database)
{
    OfficeContext office;
    auto profile = db::OfficeProfileStore(database).load();
    if (!profile) {
        return profile.error();
    }
    office.profile = *profile;
    office.timeZone = db::timeZoneLabel(db::timeZoneForRegion(profile->regionCode));
    if (!profile->regionCode.isEmpty()) {
        if (auto regency = db::RegionRepository(database).find(profile->regionCode)) {
            office.regency = *regency;
        }
    }
    return office;
}

db::Result<db::LetterNumber> issuedInvitationNumber(const db::Database &database, qint64 activityId)
{
    auto activity = db::ActivityRepository(database).find(activityId);
    if (!activity) {
        return activity.error();
    }
    const int year = activity->date.isValid() ? activity->date.year() : QDate::currentDate().year();
    db::LetterNumbering numbering(database);
    // Invitations go out before the activity, now and then in the year before.
    for (const int candidate : {year, year - 1}) {
        auto issued = numbering.issued(candidate);
        if (!issued) {
            return issued.error();
        }
        for (const db::LetterNumber &number : *issued) {
            if (number.documentKind == invitationKind && number.documentId == activityId) {
                return number;
            }
        }
    }
    return db::LetterNumber{};
}

db::Result<db::LetterNumber> issueInvitationNumber(const db::Database &database, qint64 activityId,
                                                   const QString &classification,
                                                   const QDate &dated)
{
    auto issued = issuedInvitationNumber(database, activityId);
    if (!issued || !issued->number.isEmpty()) {
        return issued;
    }
    auto activity = db::ActivityRepository(database).find(activityId);
    if (!activity) {
        return activity.error();
    }
    return db::LetterNumbering(database).issue(
        classification, dated.isValid() ? dated : QDate::currentDate(),
        QStringLiteral("Undangan ") + activityName(*activity), invitationKind, activityId);
}

db::Result<InvitationData> loadInvitationData(const db::Database &database, qint64 activityId,
                                              const InvitationOptions &options)
{
    auto around = loadActivity(database, activityId);
    if (!around) {
        return around.error();
    }
    auto office = loadOfficeContext(database);
    if (!office) {
        return office.error();
    }
    auto participants = db::ParticipantRepository(database).list(activityId);
    if (!participants) {
        return participants.error();
    }
    InvitationData data{.office = *office,
                        .activity = around->activity,
                        .letterNumber = options.letterNumber.trimmed(),
                        .letterDate = options.letterDate,
                        .basis = basisOf(*around),
                        .signer = options.signer,
                        .layout = options.layout};
    if (data.letterNumber.isEmpty()) {
        auto issued = issuedInvitationNumber(database, activityId);
        if (!issued) {
            return issued.error();
        }
        data.letterNumber = issued->number;
        if (!data.letterDate.isValid()) {
            data.letterDate = issued->dated;
        }
    }
    // Today, unless the activity is already past: a letter dated after its own
    // meeting would not be signed, so the date is then left to be written in.
    const QDate today = QDate::currentDate();
    if (!data.letterDate.isValid() &&
        (!around->activity.date.isValid() || today <= around->activity.date)) {
        data.letterDate = today;
    }
    for (const db::Participant &participant : *participants) {
        data.invitees << personOf(participant.name, participant.jabatan, participant.institution,
                                  participant.phone);
    }
    if (!around->hostName.isEmpty()) {
        data.copies << around->hostName + u'.';
    }
    return data;
}

db::Result<AttendanceSheetData> loadAttendanceSheetData(const db::Database &database,
                                                        qint64 activityId, int blankRows)
{
    auto around = loadActivity(database, activityId);
    if (!around) {
        return around.error();
    }
    auto office = loadOfficeContext(database);
    if (!office) {
        return office.error();
    }
    auto participants = db::ParticipantRepository(database).list(activityId);
    if (!participants) {
        return participants.error();
    }
    AttendanceSheetData data{.office = *office,
                             .activity = around->activity,
                             .blankRows = std::max(0, blankRows),
                             .hostName = around->hostName};
    for (const db::Participant &participant : *participants) {
        data.participants << personOf(participant.name, participant.jabatan,
                                      participant.institution, participant.phone);
    }
    // The host signs "Mengetahui": the agreement's signatory for it when the
    // agreement names one, else a space to sign with the host's name.
    if (around->agreement) {
        for (const db::AgreementParty &party : around->agreement->parties) {
            const bool host = around->activity.hostInstitutionId > 0
                                  ? party.institutionId == around->activity.hostInstitutionId
                                  : party.ordinal == 2;
            if (host) {
                data.hostName = data.hostName.isEmpty() ? party.institutionName : data.hostName;
                data.hostSigner =
                    Signature{.role = party.signatoryJabatan.isEmpty()
                                          ? party.institutionName
                                          : party.signatoryJabatan + u' ' + party.institutionName,
                              .name = party.signatoryName,
                              .nip = party.signatoryNip};
            }
        }
    }
    if (!data.hostSigner && !data.hostName.isEmpty()) {
        data.hostSigner = Signature{.role = data.hostName};
    }
    return data;
}

db::Result<MinutesData> loadMinutesData(const db::Database &database, qint64 activityId)
{
    auto around = loadActivity(database, activityId);
    if (!around) {
        return around.error();
    }
    auto office = loadOfficeContext(database);
    if (!office) {
        return office.error();
    }
    auto minutes = db::MinutesRepository(database).find(activityId);
    if (!minutes) {
        return minutes.error();
    }
    if (!minutes->has_value()) {
        return db::Error::notFound(
            tr("Activity %1 has no minutes yet: write them first.").arg(activityId));
    }
    const db::Minutes &record = **minutes;
    db::AttendanceRepository attendance(database);
    auto rows = attendance.rows(activityId);
    if (!rows) {
        return rows.error();
    }
    auto counts = attendance.counts(activityId);
    if (!counts) {
        return counts.error();
    }
    auto followUps = db::FollowUpRepository(database).forActivity(activityId);
    if (!followUps) {
        return followUps.error();
    }
    MinutesData data{
        .office = *office,
        .activity = around->activity,
        .startedAt = record.start,
        .endedAt = record.end,
        .chair = {.name = record.chair, .role = roleOnList(*rows, record.chair)},
        .minuteTaker = {.name = record.minuteTaker, .role = roleOnList(*rows, record.minuteTaker)},
        .participantCount = counts->total,
        .agenda = record.agenda,
        .conclusions = conclusionLines(record.conclusion),
        .followUps = followUpItems(*followUps)};
    for (const db::MinutesPoint &point : record.points) {
        data.discussion << MinutesPoint{.speaker = point.speaker, .text = point.text};
    }
    return data;
}

db::Result<ActivityReportData> loadActivityReportData(const db::Database &database,
                                                      qint64 activityId)
{
    auto around = loadActivity(database, activityId);
    if (!around) {
        return around.error();
    }
    auto office = loadOfficeContext(database);
    if (!office) {
        return office.error();
    }
    ActivityReportData data{.office = *office, .activity = around->activity};
    if (around->agreement) {
        data.agreement = agreementReference(*around->agreement);
    }
    db::AttendanceRepository attendance(database);
    auto rows = attendance.rows(activityId);
    if (!rows) {
        return rows.error();
    }
    for (const db::AttendanceRow &row : *rows) {
        if (row.attended) {
            data.participants << personOf(row.name, row.jabatan, row.institution, {});
        }
    }
    auto counts = attendance.counts(activityId);
    if (!counts) {
        return counts.error();
    }
    data.participantCount = counts->total;
    auto minutes = db::MinutesRepository(database).find(activityId);
    if (!minutes) {
        return minutes.error();
    }
    if (minutes->has_value()) {
        for (const db::MinutesPoint &point : (*minutes)->points) {
            data.discussion << MinutesPoint{.speaker = point.speaker, .text = point.text};
        }
        data.conclusions = conclusionLines((*minutes)->conclusion);
    }
    auto followUps = db::FollowUpRepository(database).forActivity(activityId);
    if (!followUps) {
        return followUps.error();
    }
    data.followUps = followUpItems(*followUps);
    db::PhotoRepository photoRepository(database);
    auto photos = photoRepository.list(activityId);
    if (!photos) {
        return photos.error();
    }
    for (const db::Photo &photo : *photos) {
        auto path = photoRepository.absolutePath(photo.storedPath);
        if (!path) {
            return path.error();
        }
        data.photos << ReportPhoto{.path = *path, .caption = photo.caption};
    }
    // The officer who went reports; the office's head knows of it.
    if (!around->activity.officers.isEmpty()) {
        const db::ActivityOfficer &officer = around->activity.officers.first();
        data.reporter =
            MinutesSigner{.name = officer.name,
                          .role = roleOnList(*rows, officer.name).isEmpty()
                                      ? QStringLiteral("Petugas ") + office->profile.officeName
                                      : roleOnList(*rows, officer.name)};
    }
    return data;
}

} // namespace sisambang::documents
