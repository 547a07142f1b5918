// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): builds a register of 100,000 invented people for
// Kabupaten Bangka Tengah as a CSV, imports it, and measures the import rate,
// the search latency (count and first page) beside the bare FTS5 query, deep
// scrolling, a second import of the same file and the exports.
//   bench_stakeholders [PEOPLE] [--keep DIR]
#include "database.h"
#include "officeprofile.h"
#include "query.h"
#include "regions.h"
#include "stakeholderexport.h"
#include "stakeholderimport.h"
#include "stakeholderindex.h"
#include "stakeholderquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace sisambang;
using namespace sisambang::db;

namespace {

QTextStream out(stdout);

constexpr std::array firstNames = {
    "Ahmad",    "Budi",    "Dedi",    "Eko",       "Fajar",  "Gunawan",   "Hendra",  "Irwan",
    "Joko",     "Lukman",  "Mulyadi", "Nanang",    "Rizal",  "Syahrial",  "Taufik",  "Yusuf",
    "Zulkifli", "Arif",    "Bambang", "Darmawan",  "Siti",   "Nurhayati", "Dewi",    "Rina",
    "Fitri",    "Yuliana", "Sri",     "Marlina",   "Nining", "Ratna",     "Lestari", "Maya",
    "Herlina",  "Nova",    "Susanti", "Rosmawati", "Hasan",  "Khairul",   "Marzuki", "Samsul"};
constexpr std::array middleNames = {
    "Abdul", "Tri",   "Dwi",  "Eka",   "Nur",   "Indah", "Putra", "Putri", "Adi",    "Agus",
    "Bayu",  "Citra", "Dian", "Fadli", "Galih", "Hadi",  "Intan", "Jaya",  "Kusuma", "Lina",
    "Mega",  "Novi",  "Okta", "Panca", "Rahma", "Sinta", "Tegar", "Utami", "Wulan",  "Yoga"};
constexpr std::array familyNames = {
    "Saputra",  "Pratama", "Setiawan", "Kurniawan", "Firmansyah", "Syahputra", "Ramadhan",
    "Wijaya",   "Santoso", "Hakim",    "Maulana",   "Rahman",     "Fadillah",  "Effendi",
    "Sanjaya",  "Susanto", "Hamid",    "Yusuf",     "Anwar",      "Nasution",  "Harun",
    "Sulaiman", "Rasyid",  "Zakaria",  "Ismail",    "Basri",      "Mansur"};
constexpr std::array jabatan = {"Kepala Dusun",
                                "Ketua RT",
                                "Anggota BPD",
                                "Kaur Umum",
                                "Kasi Pemerintahan",
                                "Kasi Kesejahteraan",
                                "Ketua Karang Taruna",
                                "",
                                "",
                                ""};
constexpr std::array categories = {"Aparatur Desa/Kelurahan", "Tokoh Masyarakat", "Tokoh Agama",
                                   "Ormas", ""};

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

long peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool writeRegister(const QString &path, int people, const QList<Region> &villages)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QTextStream csv(&file);
    csv << "\xEF\xBB\xBF"
        << "Nama,Jabatan,Instansi,Kecamatan,Desa/Kelurahan,No HP,Email,Kategori,Jenis Kelamin\r\n";
    QHash<QString, QString> kecamatanNames;
    for (int i = 0; i < people; ++i) {
        const Region &desa = villages.at(i % villages.size());
        // Unique within each desa, so the register holds no likely duplicates.
        const int n = i / static_cast<int>(villages.size());
        const int first = n % firstNames.size();
        const QString name =
            QStringLiteral("%1 %2 %3")
                .arg(QLatin1String(firstNames[first]),
                     QLatin1String(middleNames[(n / firstNames.size()) % middleNames.size()]),
                     QLatin1String(familyNames[(n / (firstNames.size() * middleNames.size())) %
                                               familyNames.size()]));
        const QString title = QLatin1String(jabatan[i % jabatan.size()]);
        const QString institution = title == QLatin1String("Ketua Karang Taruna")
                                        ? QStringLiteral("Karang Taruna ") + desa.name
                                        : QString();
        csv << '"' << name << (i % 7 == 0 ? QStringLiteral(", S.Pd.") : QString()) << "\"," << title
            << ',' << institution << ",," << desa.name << ','
            << QStringLiteral("0812%1").arg(10000000 + i) << ','
            << (i % 3 == 0 ? QStringLiteral("orang%1@example.org").arg(i) : QString()) << ','
            << QLatin1String(categories[i % categories.size()]) << ','
            << (first >= 20 && first < 36 ? "P" : "L") << "\r\n";
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int people =
        arguments.size() > 1 && arguments.at(1).toInt() > 0 ? arguments.at(1).toInt() : 100000;
    QTemporaryDir temporary;
    QString folder = temporary.path();
    if (const qsizetype keep = arguments.indexOf(QStringLiteral("--keep"));
        keep > 0 && keep + 1 < arguments.size()) {
        folder = arguments.at(keep + 1);
    }
    const QString databasePath = folder + QStringLiteral("/bench.db");
    const QString csvPath = folder + QStringLiteral("/register.csv");
    QFile::remove(databasePath);

    auto opened = Database::open(databasePath);
    if (!opened) {
        out << "cannot open: " << opened.error().message << Qt::endl;
        return 1;
    }
    Database &database = **opened;
    OfficeProfile profile;
    profile.regionCode = QStringLiteral("19.04");
    profile.officeName = QStringLiteral("Bawaslu Kabupaten Bangka Tengah");
    if (auto saved = OfficeProfileStore(database).save(profile); !saved) {
        out << saved.error().message << Qt::endl;
        return 1;
    }
    const auto villages = RegionRepository(database).villagesUnder(QStringLiteral("19.04"));
    QElapsedTimer timer;
    timer.start();
    if (!villages || !writeRegister(csvPath, people, *villages)) {
        out << "cannot write the register" << Qt::endl;
        return 1;
    }
    out << "people: " << people << " in " << villages->size() << " kelurahan/desa; CSV "
        << QFile(csvPath).size() / 1024 << " KiB written in " << seconds(timer) << " s" << Qt::endl;

    // Import: read, plan (the preview), then plan again and write in one transaction.
    StakeholderImport import(database);
    timer.restart();
    if (auto loaded = import.load(csvPath); !loaded) {
        out << loaded.error().message << Qt::endl;
        return 1;
    }
    const double readTime = seconds(timer);
    timer.restart();
    auto preview = import.preview();
    const double previewTime = seconds(timer);
    if (!preview) {
        out << preview.error().message << Qt::endl;
        return 1;
    }
    timer.restart();
    auto summary = import.commit();
    const double commitTime = seconds(timer);
    if (!summary) {
        out << summary.error().message << Qt::endl;
        return 1;
    }
    out << "import: read " << readTime << " s, preview " << previewTime << " s ("
        << preview->count(ImportOutcome::New) << " new), commit " << commitTime << " s ("
        << summary->added.size() << " added, " << summary->institutionsAdded
        << " institutions) = " << qRound(people / commitTime) << " people/s committed, "
        << qRound(people / (readTime + previewTime + commitTime))
        << " people/s with read and preview" << Qt::endl;

    // Search as you type: count plus the first page of 50, against the bare FTS5 query.
    StakeholderQuery query(database);
    const QStringList searches = {QStringLiteral("a"),          QStringLiteral("ahm"),
                                  QStringLiteral("siti rahma"), QStringLiteral("kepala dusun"),
                                  QStringLiteral("koba"),       QStringLiteral("sungaiselan"),
                                  QStringLiteral("081210000"),  QStringLiteral("zzz")};
    out << "search (median of 15, ms): text | matches | count+first page | first page | bare FTS5"
        << Qt::endl;
    for (const QString &text : searches) {
        StakeholderFilter filter;
        filter.text = text;
        QList<double> full;
        QList<double> pageOnly;
        QList<double> bare;
        int matches = 0;
        for (int run = 0; run < 15; ++run) {
            timer.restart();
            matches = *query.count(filter);
            auto page = query.page(filter, StakeholderSort::Name, Qt::AscendingOrder, 0, 50);
            full << seconds(timer) * 1000;
            timer.restart();
            page = query.page(filter, StakeholderSort::Name, Qt::AscendingOrder, 0, 50);
            pageOnly << seconds(timer) * 1000;
            timer.restart();
            Query fts(database, QStringLiteral("SELECT rowid FROM stakeholder_fts WHERE "
                                               "stakeholder_fts MATCH ? LIMIT 50"));
            fts.bind(stakeholderindex::matchExpression(text));
            (void)fts.exec();
            while (fts.next()) {
            }
            bare << seconds(timer) * 1000;
        }
        out << QStringLiteral("  %1 | %2 | %3 | %4 | %5")
                   .arg(text, -13)
                   .arg(matches, 6)
                   .arg(median(full), 7, 'f', 2)
                   .arg(median(pageOnly), 7, 'f', 2)
                   .arg(median(bare), 7, 'f', 2)
            << Qt::endl;
    }

    // Opening the table and scrolling it to the end, 100 rows at a time.
    const StakeholderFilter all;
    for (auto sort : {StakeholderSort::Name, StakeholderSort::Desa}) {
        timer.restart();
        const int total = *query.count(all);
        auto page = query.page(all, sort, Qt::AscendingOrder, 0, 100);
        const double open = seconds(timer) * 1000;
        double slowest = 0;
        int pages = 1;
        timer.restart();
        while (page && page->size() == 100) {
            QElapsedTimer one;
            one.start();
            const StakeholderRow last = page->last();
            page = query.pageAfter(all, sort, Qt::AscendingOrder, last, 100);
            slowest = std::max(slowest, seconds(one) * 1000);
            ++pages;
        }
        const double scroll = seconds(timer);
        timer.restart();
        (void)query.page(all, sort, Qt::AscendingOrder, total - 100, 100);
        const double deepOffset = seconds(timer) * 1000;
        out << "table by " << (sort == StakeholderSort::Name ? "name" : "desa") << ": open (count "
            << total << " + first page) " << open << " ms; scrolled " << pages
            << " keyset pages in " << scroll << " s, slowest page " << slowest
            << " ms; last page by OFFSET " << deepOffset << " ms" << Qt::endl;
    }

    StakeholderImport again(database);
    timer.restart();
    (void)again.load(csvPath);
    auto second = again.commit();
    out << "same file again: " << seconds(timer) << " s, " << (second ? second->added.size() : -1)
        << " added, " << (second ? second->skipped.size() : -1) << " skipped" << Qt::endl;

    for (const char *suffix : {"csv", "xlsx"}) {
        const QString path = folder + QStringLiteral("/export.") + QLatin1String(suffix);
        timer.restart();
        auto written = documents::StakeholderExport::write(database, all, path);
        out << "export " << suffix << ": " << (written ? *written : -1) << " people in "
            << seconds(timer) << " s, " << QFile(path).size() / 1024 << " KiB" << Qt::endl;
    }
    out << "database " << QFile(databasePath).size() / (1024 * 1024) << " MiB; peak memory "
        << peakMemoryMb() << " MiB" << Qt::endl;
    return 0;
}
