// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>

// Reads written files back with the tools an office would use: poppler's
// pdfinfo and pdftotext, and unzip (Debian: poppler-utils, unzip).
namespace sisambang::test {

struct PdfInfo
{
    int pages = 0;
    QSizeF pageSizePoints; // of the first page
    QString title;
};

PdfInfo pdfInfo(const QString &path);
// Text of each page, laid out as printed (pdftotext -layout).
QStringList pdfPages(const QString &path);
// One member of a zip file (unzip -p); empty when missing.
QByteArray unzipMember(const QString &zipPath, const QString &member);
// Member names in their stored order (unzip -Z1).
QStringList zipMembers(const QString &zipPath);

// Points from millimetres, for expected paper sizes.
constexpr double mmToPoints(double mm)
{
    return mm / 25.4 * 72.0;
}

} // namespace sisambang::test
