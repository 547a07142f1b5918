// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTextStream>
#include <QVariant>

#include <optional>

namespace sisambang::cli {

enum class Format { Table, Csv, Json };

std::optional<Format> formatFromName(const QString &name);

// A listing as rows of values under stable keys. Keys are the JSON names and CSV
// header; headers are what a person reads in the table format.
struct Listing
{
    struct Column
    {
        QString key;
        QString header;
    };
    QList<Column> columns;
    QList<QVariantList> rows;
};

void print(const Listing &listing, Format format, QTextStream &out);

} // namespace sisambang::cli
