// SPDX-License-Identifier: GPL-3.0-or-later
// Names, venues and topics holding markup, very long words, right-to-left
// script and emoji print literally in the MoU, the schedule and the monthly
// recap, as the CLI writes them, and the page count stays sane.
#include "activities.h"
#include "agreements.h"
#include "database.h"
#include "pdftools.h"
#include "regions.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace sisambang;

namespace {

const QString markup = QStringLiteral("<b>Budi</b> & <script>alert(1)</script> &amp;");
const QString rightToLeft = QStringLiteral("عبد الله");
const QString emoji = QStringLiteral("👍🎉");

QString runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SISAMBANG_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    INFO(errors.toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext breaks long lines: compare without any white space.
QString squeezed(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    return out;
}

} // namespace

TEST_CASE("hostile text prints literally in the MoU the schedule and the recap",
          "[documents][hostile]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("kantor.db"));
    runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--region"),
            QStringLiteral("19.04")});
    qint64 agreementId = 0;
    {
        auto database = db::Database::open(path, db::Database::OpenMode::ExistingOnly);
        REQUIRE(database.ok());
        auto villages = db::RegionRepository(**database).villagesUnder(QStringLiteral("19.04.01"));
        REQUIRE(villages.ok());
        REQUIRE_FALSE(villages->isEmpty());
        db::Agreement agreement;
        agreement.title = QStringLiteral("Sambang ") + markup;
        agreement.programme = QStringLiteral("Program ") + markup;
        agreement.status = db::AgreementStatus::Signed;
        agreement.signedOn = QDate(2023, 2, 1);
        agreement.place = QStringLiteral("Koba ") + markup;
        agreement.validFrom = QDate(2023, 2, 1);
        agreement.validUntil = QDate(2024, 1, 31);
        agreement.purpose = QStringLiteral("Tujuan ") + markup + u' ' + rightToLeft + u' ' + emoji +
                            QStringLiteral(" ") + QString(400, u'W') + QStringLiteral(" akhir");
        for (const db::Region &village : *villages) {
            agreement.villageCodes << village.code;
        }
        auto id = db::AgreementRepository(**database).add(agreement);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        agreementId = *id;
        for (int day = 6; day <= 10; ++day) {
            db::Activity activity;
            activity.agreementId = agreementId;
            activity.regionCode = villages->at(day % villages->size()).code;
            activity.title = QStringLiteral("Acara ") + markup;
            activity.venue = QStringLiteral("Balai ") + markup + u' ' + rightToLeft + u' ' + emoji;
            activity.topic = QStringLiteral("Materi ") + QString(300, u'x') + u' ' + markup;
            activity.notes = markup;
            activity.date = QDate(2023, 3, day);
            activity.status = db::ActivityStatus::Done;
            auto added = db::ActivityRepository(**database).add(activity);
            INFO((added ? QString() : added.error().message).toStdString());
            REQUIRE(added.ok());
        }
    }

    const QString mou = folder.filePath(QStringLiteral("mou.pdf"));
    const QString schedule = folder.filePath(QStringLiteral("jadwal.pdf"));
    const QString recap = folder.filePath(QStringLiteral("rekap.pdf"));
    runCli({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("agreement"),
            QString::number(agreementId), QStringLiteral("-o"), mou});
    runCli({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("schedule"),
            QStringLiteral("--from"), QStringLiteral("2023-03-01"), QStringLiteral("--to"),
            QStringLiteral("2023-03-31"), QStringLiteral("-o"), schedule});
    runCli({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), QStringLiteral("2023-03"), QStringLiteral("-o"), recap});

    // Exports are the user's alone on Linux (umask 077 in both programs).
    const QString sheet = folder.filePath(QStringLiteral("jadwal.xlsx"));
    const QString csv = folder.filePath(QStringLiteral("rekap.csv"));
    runCli({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("schedule"),
            QStringLiteral("-o"), sheet});
    runCli({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), QStringLiteral("2023-03"), QStringLiteral("-o"), csv});
#ifdef Q_OS_UNIX
    for (const QString &file : {path, mou, schedule, recap, sheet, csv}) {
        INFO(file.toStdString());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther;
        CHECK((QFileInfo(file).permissions() & others) == 0);
    }
#endif
    for (const QString &pdf : {mou, schedule, recap}) {
        INFO(pdf.toStdString());
        const auto info = test::pdfInfo(pdf);
        CHECK(info.pages >= 1);
        CHECK(info.pages <= 12); // long text wraps; it does not run away
        const QString text = test::pdfPages(pdf).join(u'\n');
        INFO(text.left(4000).toStdString());
        // The markup is text: tags shown, entities not decoded. (Narrow table
        // cells wrap it, and pdftotext interleaves wrapped cells, so pieces.)
        CHECK(squeezed(text).contains(QStringLiteral("<b>Budi")));
        CHECK(squeezed(text).contains(QStringLiteral("<script>")));
        CHECK(squeezed(text).contains(QStringLiteral("&amp;")));
    }
    // In running text, whole.
    CHECK(squeezed(test::pdfPages(mou).join(u'\n'))
              .contains(squeezed(QStringLiteral("<b>Budi</b> & <script>alert(1)</script> &amp;"))));
    // Arabic letters have glyphs (fonts-dejavu-core) and come out as text.
    CHECK(test::pdfPages(mou).join(u'\n').contains(
        QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}\\x{FE70}-\\x{FEFF}]"))));
    // The MoU's purpose, after right-to-left script, emoji and a 400-letter word.
    CHECK(squeezed(test::pdfPages(mou).join(u'\n')).contains(QStringLiteral("akhir")));
}
