// SPDX-License-Identifier: GPL-3.0-or-later
// import, export and list stakeholders, run as a process as offices script them.
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString fixture(const char *name)
{
    return QStringLiteral(SISAMBANG_TEST_DATA "/") + QLatin1String(name);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SISAMBANG_DB"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SISAMBANG_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A database for 19.04, made once per test program and copied.
QString freshDatabase(const QTemporaryDir &folder)
{
    static QTemporaryDir templateFolder;
    static const QString templatePath = [] {
        const QString path = templateFolder.filePath(s("template.db"));
        const Run init = cli({s("--db"), path, s("init"), s("--region"), s("19.04")});
        REQUIRE(init.exitCode == 0);
        return path;
    }();
    const QString path = folder.filePath(s("register.db"));
    REQUIRE(QFile::copy(templatePath, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

int countListed(const QString &db, const QStringList &extra = {})
{
    const Run list = cli(
        QStringList{s("--db"), db, s("list"), s("stakeholders"), s("--format"), s("json")} + extra);
    REQUIRE(list.exitCode == 0);
    return static_cast<int>(QJsonDocument::fromJson(list.out.toUtf8()).array().size());
}

} // namespace

TEST_CASE("cli: import stakeholders refuses a file with errors unless told to skip them",
          "[cli][import]")
{
    QTemporaryDir folder;
    const QString db = freshDatabase(folder);
    const QString errors = fixture("stakeholders_errors.csv");

    const Run refused = cli({s("--db"), db, s("import"), s("stakeholders"), errors});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(s("line     2  error")));
    CHECK(refused.out.contains(s("closest: Desa Perlang")));
    CHECK(refused.err.contains(s("nothing was imported")));
    CHECK(countListed(db) == 0);

    const Run dryErrors =
        cli({s("--db"), db, s("import"), s("stakeholders"), errors, s("--dry-run")});
    CHECK(dryErrors.exitCode == 1);

    const Run skipped =
        cli({s("--db"), db, s("import"), s("stakeholders"), errors, s("--skip-errors")});
    INFO(skipped.err.toStdString());
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.out.contains(s("Imported: 1 added (lines 6), 0 updated, 1 skipped (lines 7), "
                                 "5 failed (lines 2-5,8)")));
    CHECK(countListed(db) == 1);
}

TEST_CASE("cli: import stakeholders dry run, import, and the same file again", "[cli][import]")
{
    QTemporaryDir folder;
    const QString db = freshDatabase(folder);
    const QString file = fixture("stakeholders_utf8_bom.csv");

    const Run dry = cli({s("--db"), db, s("import"), s("stakeholders"), file, s("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(s("5 new")));
    CHECK(dry.out.contains(s("Dry run: nothing was written.")));
    CHECK(countListed(db) == 0);

    const Run first = cli({s("--db"), db, s("import"), s("stakeholders"), file});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(s("Imported: 5 added")));
    const Run second = cli({s("--db"), db, s("import"), s("stakeholders"), file});
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(s("Imported: 0 added, 0 updated, 5 skipped")));
    CHECK(countListed(db) == 5);
    CHECK(cli({s("--db"), db, s("check")}).exitCode == 0);

    CHECK(cli({s("--db"), db, s("import"), s("stakeholders"), folder.filePath(s("none.csv"))})
              .exitCode == 1);
    CHECK(cli({s("--db"), db, s("import")}).exitCode == 2);
    CHECK(cli({s("--db"), db, s("import"), s("people"), file}).exitCode == 2);
    CHECK(cli({s("--db"), db, s("import"), s("stakeholders")}).exitCode == 2);
}

TEST_CASE("cli: list stakeholders as table, csv and json with filters", "[cli][list]")
{
    QTemporaryDir folder;
    const QString db = freshDatabase(folder);
    REQUIRE(
        cli({s("--db"), db, s("import"), s("stakeholders"), fixture("stakeholders_utf8_bom.csv")})
            .exitCode == 0);

    const Run json = cli({s("--db"), db, s("list"), s("stakeholders"), s("--search"), s("sahab"),
                          s("--format"), s("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(array.size() == 1);
    const QJsonObject sahabudin = array.first().toObject();
    CHECK(sahabudin.value(s("id")).isDouble());
    CHECK(sahabudin.value(s("name")).toString() == s("H. Sahabudin, S.Sos."));
    CHECK(sahabudin.value(s("kecamatan_code")).toString() == s("19.04.06"));
    CHECK(sahabudin.value(s("kecamatan")).toString() == s("Lubuk Besar"));
    CHECK(sahabudin.value(s("phones")).toString() == s("0812-7100-0001"));
    CHECK(sahabudin.value(s("institution_kind")).toString() == s("district_office"));
    CHECK(sahabudin.value(s("active")).toBool());
    CHECK(sahabudin.contains(s("since")));

    const Run csv = cli({s("--db"), db, s("list"), s("stakeholders"), s("--region"), s("19.04.01"),
                         s("--format"), s("csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.trimmed().split(u'\n');
    CHECK(lines.size() == 3); // header, Candra Buansyah, Siti Rahma
    CHECK(lines.first().startsWith(s("id,name,jabatan,since,")));
    CHECK(csv.out.contains(s("19.04.01.2005")));

    const Run table = cli({s("--db"), db, s("list"), s("stakeholders")});
    CHECK(table.exitCode == 0);
    CHECK(table.out.startsWith(s("ID")));
    CHECK(table.out.contains(s("0812-7100-0003")));

    CHECK(countListed(db, {s("--status"), s("inactive")}) == 0);
    CHECK(countListed(db, {s("--status"), s("all")}) == 5);
    CHECK(cli({s("--db"), db, s("list"), s("stakeholders"), s("--status"), s("gone")}).exitCode ==
          2);
    CHECK(cli({s("--db"), db, s("list"), s("stakeholders"), s("--region"), s("99.99")}).exitCode ==
          1);
    CHECK(cli({s("--db"), db, s("list"), s("stakeholders"), s("--format"), s("xml")}).exitCode ==
          2);
    CHECK(cli({s("--db"), db, s("list"), s("people")}).exitCode == 2);
}

TEST_CASE("cli: export stakeholders to CSV and XLSX", "[cli][export]")
{
    QTemporaryDir folder;
    const QString db = freshDatabase(folder);
    REQUIRE(
        cli({s("--db"), db, s("import"), s("stakeholders"), fixture("stakeholders_utf8_bom.csv")})
            .exitCode == 0);
    const QString csv = folder.filePath(s("pemangku.csv"));
    const Run exported = cli({s("--db"), db, s("export"), s("stakeholders"), s("-o"), csv,
                              s("--search"), s("sekretaris")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(s("Exported 3 stakeholders")));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFNama,"));
    CHECK(bytes.count("\r\n") == 4);

    const QString xlsx = folder.filePath(s("pemangku.xlsx"));
    REQUIRE(cli({s("--db"), db, s("export"), s("stakeholders"), s("-o"), xlsx}).exitCode == 0);
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(4) == QByteArray("PK\x03\x04"));
    // The exported workbook imports back as unchanged.
    const Run again = cli({s("--db"), db, s("import"), s("stakeholders"), xlsx});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(s("5 skipped")));

    CHECK(cli({s("--db"), db, s("export"), s("stakeholders")}).exitCode == 2);
    CHECK(cli({s("--db"), db, s("export"), s("stakeholders"), s("-o"), s("x.pdf")}).exitCode == 2);
    CHECK(cli({s("--db"), db, s("export"), s("regions"), s("-o"), csv}).exitCode == 2);
    CHECK(cli({s("--db"), db, s("export"), s("stakeholders"), s("-o"),
               folder.filePath(s("missing/dir/x.csv"))})
              .exitCode == 1);
}

TEST_CASE("cli: the demo holds the story's people and a register per desa", "[cli][demo]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(s("demo.db"));
    REQUIRE(cli({s("--db"), db, s("demo")}).exitCode == 0);
    const Run json = cli({s("--db"), db, s("list"), s("stakeholders"), s("--format"), s("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QMap<QString, QJsonObject> byName;
    for (const auto &value : array) {
        byName.insert(value.toObject().value(s("name")).toString(), value.toObject());
    }
    CHECK(byName.value(s("Win Iskandar")).value(s("jabatan")).toString() ==
          s("Kepala Sekretariat"));
    CHECK(byName.value(s("Wahyu Tri Buwono")).value(s("jabatan")).toString() == s("Anggota"));
    CHECK(byName.value(s("Rahmat Hidayat, S.H.")).value(s("jabatan")).toString() == s("Ketua"));
    CHECK(byName.value(s("H. Sahabudin, S.Sos.")).value(s("institution")).toString() ==
          s("Kantor Camat Lubuk Besar"));
    CHECK(byName.value(s("Candra Buansyah")).value(s("kecamatan_code")).toString() ==
          s("19.04.01"));
    CHECK(byName.value(s("Yaumil Ikrom")).value(s("institution")).toString() ==
          s("Bawaslu Provinsi Kepulauan Bangka Belitung"));

    // Every kelurahan/desa of Koba (11) and Lubuk Besar (9) has its head and secretary.
    QMap<QString, QStringList> jabatanByDesa;
    for (const auto &value : array) {
        const QJsonObject person = value.toObject();
        if (!person.value(s("desa_code")).isNull()) {
            jabatanByDesa[person.value(s("desa_code")).toString()]
                << person.value(s("jabatan")).toString();
        }
    }
    CHECK(jabatanByDesa.size() == 20);
    for (auto it = jabatanByDesa.cbegin(); it != jabatanByDesa.cend(); ++it) {
        INFO(it.key().toStdString());
        const QStringList &titles = it.value();
        const bool kelurahan = it.key().section(u'.', 3).startsWith(u'1');
        CHECK(titles.contains(kelurahan ? s("Lurah") : s("Kepala Desa")) !=
              titles.contains(s("Pj. Kepala Desa")));
        CHECK(titles.contains(kelurahan ? s("Sekretaris Kelurahan") : s("Sekretaris Desa")));
        CHECK(titles.contains(s("Bhabinkamtibmas")));
        CHECK(titles.contains(s("Babinsa")));
    }
    int camat = 0;
    int kapolsek = 0;
    int danramil = 0;
    for (const auto &value : array) {
        const QString jabatan = value.toObject().value(s("jabatan")).toString();
        camat += jabatan == s("Camat") ? 1 : 0;
        kapolsek += jabatan == s("Kapolsek") ? 1 : 0;
        danramil += jabatan == s("Danramil") ? 1 : 0;
    }
    CHECK(camat == 2);
    CHECK(kapolsek == 2);
    CHECK(danramil == 2);
    CHECK(cli({s("--db"), db, s("check")}).exitCode == 0);
}
