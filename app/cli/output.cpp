// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace sisambang::cli {

namespace {

QString textOf(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    if (value.typeId() == QMetaType::QDate) {
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::Bool:
        return value.toBool();
    default:
        return textOf(value);
    }
}

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    if (name == QLatin1String("table")) {
        return Format::Table;
    }
    if (name == QLatin1String("csv")) {
        return Format::Csv;
    }
    if (name == QLatin1String("json")) {
        return Format::Json;
    }
    return std::nullopt;
}

void print(const Listing &listing, Format format, QTextStream &out)
{
    switch (format) {
    case Format::Json: {
        QJsonArray array;
        for (const QVariantList &row : listing.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < listing.columns.size(); ++i) {
                object.insert(listing.columns.at(i).key, jsonOf(row.value(i)));
            }
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        break;
    }
    case Format::Csv: {
        QStringList header;
        for (const auto &column : listing.columns) {
            header << column.key;
        }
        // LF here: the CLI's output goes to scripts and pipes, not to Excel.
        out << db::csv::formatRecord(header).chopped(2) << '\n';
        for (const QVariantList &row : listing.rows) {
            QStringList fields;
            for (const QVariant &value : row) {
                fields << textOf(value);
            }
            out << db::csv::formatRecord(fields).chopped(2) << '\n';
        }
        break;
    }
    case Format::Table: {
        QList<qsizetype> widths;
        for (const auto &column : listing.columns) {
            widths << column.header.size();
        }
        for (const QVariantList &row : listing.rows) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
                widths[i] = std::max(widths[i], textOf(row.at(i)).size());
            }
        }
        auto line = [&](const QStringList &cells) {
            QString text;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2)
                                             : cells.at(i);
            }
            out << text << '\n';
        };
        QStringList headers;
        for (const auto &column : listing.columns) {
            headers << column.header;
        }
        line(headers);
        for (const QVariantList &row : listing.rows) {
            QStringList cells;
            for (const QVariant &value : row) {
                cells << textOf(value);
            }
            line(cells);
        }
        break;
    }
    }
    out.flush();
}

} // namespace sisambang::cli
