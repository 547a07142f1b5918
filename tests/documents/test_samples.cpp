// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the sample documents as PDF and ODT for people to look at:
//   SISAMBANG_SAMPLES_DIR=/tmp/samples ./test_documents "[.samples]"
// then /work/shared/tools/pdf-pages (or any viewer). Hidden from the normal run.
#include "activitysamples.h"
#include "odtexport.h"
#include "pdfexport.h"
#include "sampledocuments.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

using namespace sisambang;
using namespace sisambang::documents;

TEST_CASE("Write sample documents to look at", "[.samples]")
{
    const QString folder = qEnvironmentVariable("SISAMBANG_SAMPLES_DIR", QDir::tempPath());
    REQUIRE(QDir().mkpath(folder));
    for (const db::PaperSize paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const QString suffix =
            paper == db::PaperSize::A4 ? QStringLiteral("a4") : QStringLiteral("f4");
        const QList<std::pair<QString, Document>> samples = {
            {QStringLiteral("attendance-17"), test::attendanceSheet(paper, 17)},
            {QStringLiteral("attendance-200"), test::attendanceSheet(paper, 200)},
            {QStringLiteral("letter"), test::invitationLetter(paper)},
            {QStringLiteral("mou"), test::memorandum(paper)},
            {QStringLiteral("report"), test::activityReport(paper)},
            {QStringLiteral("hostile"), test::hostileText(paper)},
            {QStringLiteral("undangan-lampiran"),
             invitationDocument(test::sampleInvitation(InvitationLayout::WithList), paper)},
            {QStringLiteral("undangan-per-orang"),
             invitationDocument(test::sampleInvitation(InvitationLayout::PerInvitee), paper)},
            {QStringLiteral("daftar-hadir"),
             attendanceSheetDocument(test::sampleAttendance(test::sampleInvitees(), 20), paper)},
            {QStringLiteral("notulen"), minutesDocument(test::sampleMinutes(), paper)},
            {QStringLiteral("laporan-kegiatan"),
             activityReportDocument(test::sampleReport(5), paper)},
        };
        for (const auto &[name, document] : samples) {
            const QString base = folder + u'/' + name + u'-' + suffix;
            REQUIRE(PdfExport::write(document, base + QStringLiteral(".pdf")));
            REQUIRE(OdtExport::write(document, base + QStringLiteral(".odt")));
            CHECK(QFileInfo(base + QStringLiteral(".pdf")).size() > 1000);
        }
    }
}
