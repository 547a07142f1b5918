// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "audit.h"
#include "output.h"

#include <QJsonDocument>

namespace sisambang::cli {

ExitCode runAudit(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD."),
                                QStringLiteral("DATE"));
    const QCommandLineOption entity(QStringLiteral("entity"),
                                    QStringLiteral("Only records of this kind (person, "
                                                   "agreement, activity, ...)."),
                                    QStringLiteral("KIND"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("table (default), csv or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"),
                                            QStringLiteral("Only changes by this operator."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("Only entries mentioning this text."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({from, to, entity, operatorOption, search, formatOption});
    if (auto stop = parseOptions(context, parser,
                                 QStringLiteral("audit [--from DATE] [--to DATE] [--entity KIND] "
                                                "[--operator NAME] [--search TEXT] "
                                                "[--format table|csv|json]"))) {
        return *stop;
    }
    const auto format = formatFromName(parser.value(formatOption));
    if (!format) {
        return fail(context, QStringLiteral("unknown format '%1'").arg(parser.value(formatOption)),
                    ExitCode::Usage);
    }
    db::AuditFilter filter;
    for (const auto &[option, target] :
         {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (parser.isSet(*option)) {
            *target = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!target->isValid()) {
                return fail(context,
                            QStringLiteral("--%1 needs a date as YYYY-MM-DD, not '%2'")
                                .arg(option->names().constFirst(), parser.value(*option)),
                            ExitCode::Usage);
            }
        }
    }
    filter.entity = parser.value(entity);
    filter.operatorName = parser.value(operatorOption);
    filter.text = parser.value(search);
    filter.limit = 1000000;
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    auto entries = db::AuditLog(*database).entries(filter);
    if (!entries) {
        return fail(context, entries.error().message);
    }
    if (*format == Format::Csv) {
        context.out << db::AuditLog::csv(*entries); // the same file the GUI exports
        return ExitCode::Success;
    }
    Listing listing;
    listing.columns = {{QStringLiteral("id"), QStringLiteral("ID")},
                       {QStringLiteral("at"), QStringLiteral("WAKTU")},
                       {QStringLiteral("operator"), QStringLiteral("OPERATOR")},
                       {QStringLiteral("action"), QStringLiteral("AKSI")},
                       {QStringLiteral("entity"), QStringLiteral("DATA")},
                       {QStringLiteral("entity_id"), QStringLiteral("ID DATA")},
                       {QStringLiteral("summary"), QStringLiteral("RINGKASAN")},
                       {QStringLiteral("before"), QStringLiteral("SEBELUM")},
                       {QStringLiteral("after"), QStringLiteral("SESUDAH")}};
    auto json = [](const QJsonObject &object) {
        return object.isEmpty() ? QVariant()
                                : QVariant(QString::fromUtf8(
                                      QJsonDocument(object).toJson(QJsonDocument::Compact)));
    };
    for (const db::AuditEntry &entry : *entries) {
        listing.rows.append({entry.id, entry.at, entry.operatorName,
                             db::auditActionKey(entry.action), entry.entity,
                             entry.entityId > 0 ? QVariant(entry.entityId) : QVariant(),
                             entry.summary, json(entry.before), json(entry.after)});
    }
    print(listing, *format, context.out);
    return ExitCode::Success;
}

} // namespace sisambang::cli
