// SPDX-License-Identifier: GPL-3.0-or-later
#include "print_activity.h"

#include "activitydocuments.h"
#include "audit.h"
#include "documentexport.h"

#include <QDir>

namespace sisambang::cli {

namespace {

const QString invitation = QStringLiteral("invitation");
const QString attendance = QStringLiteral("attendance");
const QString minutes = QStringLiteral("minutes");
const QString report = QStringLiteral("activity-report");

struct Printed
{
    documents::Document document;
    QString name; // for the audit log and the message: "Surat undangan"
};

db::Result<Printed> build(Context &context, const db::Database &database,
                          const QCommandLineParser &parser, const QString &what, qint64 id,
                          std::optional<db::PaperSize> paper, bool &usage)
{
    const auto paperOf = [&](const documents::OfficeContext &office) {
        return paper.value_or(office.profile.paper);
    };
    if (what == invitation) {
        documents::InvitationOptions options;
        options.layout = parser.isSet(QStringLiteral("per-invitee"))
                             ? documents::InvitationLayout::PerInvitee
                             : documents::InvitationLayout::WithList;
        const QString signer = parser.value(QStringLiteral("signer")).trimmed().toLower();
        if (signer == QLatin1String("ketua")) {
            options.signer = documents::OfficeSigner::Chair;
        } else if (signer.isEmpty() || signer == QLatin1String("sekretariat")) {
            options.signer = documents::OfficeSigner::Secretary;
        } else {
            usage = true;
            return db::Error::invalid(QStringLiteral("--signer is ketua or sekretariat"));
        }
        if (parser.isSet(QStringLiteral("date"))) {
            options.letterDate =
                QDate::fromString(parser.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
            if (!options.letterDate.isValid()) {
                usage = true;
                return db::Error::invalid(QStringLiteral("--date '%1' is not a date (YYYY-MM-DD)")
                                              .arg(parser.value(QStringLiteral("date"))));
            }
        }
        options.letterNumber = parser.value(QStringLiteral("number")).trimmed();
        const QString classification = parser.value(QStringLiteral("classification")).trimmed();
        if (!classification.isEmpty() && options.letterNumber.isEmpty()) {
            auto number = documents::issueInvitationNumber(
                database, id, classification,
                options.letterDate.isValid() ? options.letterDate : QDate::currentDate());
            if (!number) {
                return number.error();
            }
            context.out << QStringLiteral("Letter number %1.").arg(number->number) << Qt::endl;
        }
        auto data = documents::loadInvitationData(database, id, options);
        if (!data) {
            return data.error();
        }
        return Printed{documents::invitationDocument(*data, paperOf(data->office)),
                       QStringLiteral("Invitation")};
    }
    if (what == attendance) {
        int blankRows = 10;
        if (parser.isSet(QStringLiteral("blank-rows"))) {
            bool numeric = false;
            blankRows = parser.value(QStringLiteral("blank-rows")).trimmed().toInt(&numeric);
            if (!numeric || blankRows < 0 || blankRows > 1000) {
                usage = true;
                return db::Error::invalid(
                    QStringLiteral("--blank-rows is a number from 0 to 1000"));
            }
        }
        auto data = documents::loadAttendanceSheetData(database, id, blankRows);
        if (!data) {
            return data.error();
        }
        return Printed{documents::attendanceSheetDocument(*data, paperOf(data->office)),
                       QStringLiteral("Attendance sheet")};
    }
    if (what == minutes) {
        auto data = documents::loadMinutesData(database, id);
        if (!data) {
            return data.error();
        }
        return Printed{documents::minutesDocument(*data, paperOf(data->office)),
                       QStringLiteral("Minutes")};
    }
    auto data = documents::loadActivityReportData(database, id);
    if (!data) {
        return data.error();
    }
    return Printed{documents::activityReportDocument(*data, paperOf(data->office)),
                   QStringLiteral("Activity report")};
}

} // namespace

void addActivityPrintOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("per-invitee"),
                      QStringLiteral("invitation: one letter for each invitee.")});
    parser.addOption({QStringLiteral("signer"),
                      QStringLiteral("invitation: ketua or sekretariat (default)."),
                      QStringLiteral("WHO")});
    parser.addOption({QStringLiteral("number"),
                      QStringLiteral("invitation: the letter number to print."),
                      QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("classification"),
                      QStringLiteral("invitation: give the letter a number in this "
                                     "classification (e.g. PM.04), once."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("date"),
                      QStringLiteral("invitation: the letter's date (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("blank-rows"),
                      QStringLiteral("attendance: empty numbered rows after the invited "
                                     "(default 10)."),
                      QStringLiteral("N")});
}

bool isActivityDocument(const QString &what)
{
    return what == invitation || what == attendance || what == minutes || what == report;
}

ExitCode printActivityDocument(Context &context, const QCommandLineParser &parser,
                               const QString &what, const QString &id, const QString &output,
                               std::optional<db::PaperSize> paper)
{
    bool numeric = false;
    const qint64 activityId = id.toLongLong(&numeric);
    if (!numeric || activityId <= 0) {
        return fail(context, QStringLiteral("'%1' is not an activity id").arg(id), ExitCode::Usage);
    }
    if (output.isEmpty() || !documents::DocumentExport::formatForPath(output)) {
        return fail(context, QStringLiteral("print %1 needs -o FILE.pdf or -o FILE.odt").arg(what),
                    ExitCode::Usage);
    }
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    bool usage = false;
    auto printed = build(context, *database, parser, what, activityId, paper, usage);
    if (!printed) {
        return fail(context, printed.error().message, usage ? ExitCode::Usage : ExitCode::Failure);
    }
    if (auto written = documents::DocumentExport::write(printed->document, output); !written) {
        return fail(context, written.error().message);
    }
    if (auto recorded = db::AuditLog(*database).record(
            db::AuditAction::Print, QStringLiteral("activity"), activityId,
            QStringLiteral("%1 of activity %2 exported to %3")
                .arg(printed->name)
                .arg(activityId)
                .arg(output));
        !recorded) {
        return fail(context, recorded.error().message);
    }
    context.out << QStringLiteral("Wrote %1 to %2.")
                       .arg(printed->name.toLower(), QDir::toNativeSeparators(output))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace sisambang::cli
