// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): the monthly recap (rekap bulanan) of a kabupaten with
// 2,000 activities and 40,000 participants in one month, at 1x and 10x, and
// the time and peak memory of counting it, laying it out as a PDF and writing
// it as XLSX. The 10x run shows how the work grows (roughly linear: about 10x).
//   bench_recap [SCALE ...]   (default: 1 10)
#include "agreements.h"
#include "database.h"
#include "monthlyrecap.h"
#include "officeprofile.h"
#include "paginator.h"
#include "query.h"
#include "regions.h"
#include "transaction.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace sisambang;
using namespace sisambang::db;

namespace {

QTextStream out(stdout);

constexpr int activitiesPerScale = 2000;
constexpr int participantsPerActivity = 20;
const QString region = QStringLiteral("19.04"); // Kabupaten Bangka Tengah

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void require(bool ok, const char *what)
{
    if (!ok) {
        qFatal("bench_recap: %s failed", what);
    }
}

// Bulk rows through prepared statements in one transaction: the recap, not the
// data entry, is what is measured.
std::unique_ptr<Database> makeDatabase(const QString &path, int scale)
{
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    require(opened.ok(), "open");
    std::unique_ptr<Database> database = std::move(*opened);
    OfficeProfile profile;
    profile.regionCode = region;
    profile.officeName = QStringLiteral("Bawaslu Kabupaten Bangka Tengah");
    profile.secretaryName = QStringLiteral("Win Iskandar");
    require(OfficeProfileStore(*database).save(profile).ok(), "profile");

    auto villages = RegionRepository(*database).villagesUnder(region);
    require(villages.ok() && !villages->isEmpty(), "villages");
    Agreement agreement;
    agreement.title = QStringLiteral("Sambang Pengawasan Kabupaten Bangka Tengah");
    agreement.status = AgreementStatus::Signed;
    agreement.signedOn = QDate(2023, 1, 2);
    agreement.validFrom = agreement.signedOn;
    agreement.validUntil = QDate(2024, 12, 31);
    for (const Region &village : *villages) {
        agreement.villageCodes << village.code;
    }
    auto agreementId = AgreementRepository(*database).add(agreement);
    require(agreementId.ok(), "agreement");

    Transaction transaction(*database);
    Query activity(*database, QStringLiteral("INSERT INTO activity (agreement_id, region_code, "
                                             "venue, date, start_time, end_time, status) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Query attendance(*database,
                     QStringLiteral("INSERT INTO activity_attendance (activity_id, number, name, "
                                    "jabatan, institution, institution_kind, gender) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Query minutes(*database, QStringLiteral("INSERT INTO activity_minutes (activity_id, "
                                            "start_time, end_time) VALUES (?, '09:00', '11:00')"));
    const QStringList kinds = {QStringLiteral("village_office"), QStringLiteral("district_office"),
                               QStringLiteral("police"), QStringLiteral("military"),
                               QStringLiteral("organisation")};
    const QStringList statuses = {QStringLiteral("done"),      QStringLiteral("done"),
                                  QStringLiteral("done"),      QStringLiteral("planned"),
                                  QStringLiteral("postponed"), QStringLiteral("cancelled")};
    const int count = activitiesPerScale * scale;
    for (int i = 0; i < count; ++i) {
        const Region &village = villages->at(i % villages->size());
        const QString status = statuses.at(i % statuses.size());
        activity.bind(*agreementId)
            .bind(village.code)
            .bind(QStringLiteral("Kantor Desa %1").arg(village.name))
            .bind(QDate(2023, 3, 1 + i % 31).toString(Qt::ISODate))
            .bind(QStringLiteral("09:00"))
            .bind(QStringLiteral("12:00"))
            .bind(status);
        require(activity.exec().ok(), "activity");
        const qint64 id = activity.lastInsertId();
        if (status != QStringLiteral("done")) {
            continue;
        }
        // 40,000 participants per 2,000 activities: the done ones carry them all.
        const int people = participantsPerActivity * statuses.size() / 3;
        for (int n = 1; n <= people; ++n) {
            attendance.bind(id)
                .bind(n)
                .bind(QStringLiteral("Peserta %1-%2").arg(i).arg(n))
                .bind(QStringLiteral("Anggota"))
                .bind(QStringLiteral("Pemerintah Desa %1").arg(village.name))
                .bind(kinds.at(n % kinds.size()))
                .bind(n % 2 == 0 ? QStringLiteral("female") : QStringLiteral("male"));
            require(attendance.exec().ok(), "attendance");
        }
        if (i % 2 == 0) {
            minutes.bind(id);
            require(minutes.exec().ok(), "minutes");
        }
    }
    require(transaction.commit().ok(), "commit");
    return database;
}

void measure(const QString &folder, int scale)
{
    const QString path = QStringLiteral("%1/recap-%2.db").arg(folder).arg(scale);
    auto database = makeDatabase(path, scale);
    const RecapScope scope = monthScope(2023, 3);

    const long before = peakKilobytes();
    QElapsedTimer timer;
    timer.start();
    auto data = documents::loadRecapData(*database, scope, QDate(2023, 4, 3));
    require(data.ok(), "recap");
    const qint64 countMs = timer.restart();
    require(documents::writeMonthlyRecap(*data, folder + QStringLiteral("/recap.pdf"),
                                         PaperSize::A4, QPageLayout::Landscape)
                .ok(),
            "pdf");
    const qint64 pdfMs = timer.restart();
    require(
        documents::writeMonthlyRecap(*data, folder + QStringLiteral("/recap.xlsx"), PaperSize::A4)
            .ok(),
        "xlsx");
    const qint64 xlsxMs = timer.elapsed();
    // The layout alone, for its page and pass counts (a pass is one full build).
    const documents::LaidOutDocument laidOut(
        documents::monthlyRecapDocument(*data, PaperSize::A4, QPageLayout::Landscape));
    out << QStringLiteral("%1x\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\t%10\n")
               .arg(scale)
               .arg(data->recap.activities.size())
               .arg(data->recap.participants.total)
               .arg(countMs)
               .arg(pdfMs)
               .arg(xlsxMs)
               .arg(before / 1024)
               .arg(peakKilobytes() / 1024)
               .arg(laidOut.pageCount())
               .arg(laidOut.passes());
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication application(argc, argv);
    QList<int> scales;
    for (const QString &argument : application.arguments().mid(1)) {
        scales << argument.toInt();
    }
    if (scales.isEmpty()) {
        scales = {1, 10};
    }
    QTemporaryDir folder;
    folder.setAutoRemove(qEnvironmentVariableIsEmpty("BENCH_KEEP"));
    out << "scale\tactivities\tparticipants\tcount_ms\tpdf_ms\txlsx_ms\tpeak_mb_before\tpeak_mb_"
           "after\tpages\tpasses\n";
    for (int scale : scales) {
        measure(folder.path(), scale);
    }
    return 0;
}
