// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftools.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

namespace sisambang::test {

namespace {

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    INFO(program.toStdString() << " must be installed (packaging/quickstart.sh lists it)");
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

} // namespace

PdfInfo pdfInfo(const QString &path)
{
    const QString out = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}));
    PdfInfo info;
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression title(QStringLiteral("^Title:\\s+(.*)$"),
                                          QRegularExpression::MultilineOption);
    if (const auto match = pages.match(out); match.hasMatch()) {
        info.pages = match.captured(1).toInt();
    }
    if (const auto match = size.match(out); match.hasMatch()) {
        info.pageSizePoints = {match.captured(1).toDouble(), match.captured(2).toDouble()};
    }
    if (const auto match = title.match(out); match.hasMatch()) {
        info.title = match.captured(1).trimmed();
    }
    return info;
}

QStringList pdfPages(const QString &path)
{
    const QString text = QString::fromUtf8(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast(); // pdftotext ends every page with a form feed
    }
    return pages;
}

QByteArray unzipMember(const QString &zipPath, const QString &member)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zipPath, member});
    REQUIRE(process.waitForFinished(60000));
    return process.readAllStandardOutput();
}

QStringList zipMembers(const QString &zipPath)
{
    return QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zipPath}))
        .split(u'\n', Qt::SkipEmptyParts);
}

} // namespace sisambang::test
