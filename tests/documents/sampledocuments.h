// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "officeprofile.h"
#include "regions.h"

// Real-looking documents for the pipeline's tests, shaped like the office's
// attendance sheets, letters and MoUs but built here by hand from fixed data.
namespace sisambang::test {

db::OfficeProfile sampleProfile(db::PaperSize paper = db::PaperSize::A4);
db::Region sampleRegency();
QImage sampleLogo();
QImage samplePhoto(const QString &label, QSize size, int angle);

// Daftar hadir: letterhead, title, activity details, a table No | Nama |
// Jabatan/Instansi | No. HP | Tanda Tangan (zig-zag halves) with `rows` numbered
// rows, and a "Mengetahui" signature block.
documents::Document attendanceSheet(db::PaperSize paper, int rows);
// An invitation letter with letterhead, number, addressee, meeting details, a
// list, and two signatures side by side.
documents::Document invitationLetter(db::PaperSize paper);
// An MoU: title with numbers, opening with the date in words, ten Pasal with
// headings, closing and the parties' signatures.
documents::Document memorandum(db::PaperSize paper);
// An activity report with two rows of documentation photos and a chart.
documents::Document activityReport(db::PaperSize paper);
// Text that tries to break things: HTML-looking names, a 600-character word,
// Arabic (right-to-left), emoji and control characters.
documents::Document hostileText(db::PaperSize paper);

inline const QString htmlName = QStringLiteral("<b>Budi</b> & Co");

} // namespace sisambang::test
