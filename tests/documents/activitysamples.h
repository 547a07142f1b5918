// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityreport.h"
#include "attendancesheet.h"
#include "invitation.h"
#include "minutesdocument.h"

// The activity documents' input as the office would fill it for the rapat
// koordinasi at Gedung Serba Guna Kecamatan Lubuk Besar on 20 February 2023,
// built by hand from fixed data (no database).
namespace sisambang::test {

documents::OfficeContext sampleOffice(db::PaperSize paper = db::PaperSize::A4);
db::Activity sampleActivity();
// `count` people whose rows take one line each: "Peserta 001", "Kepala Desa 001".
QList<documents::ActivityPerson> numberedPeople(int count);
// The meeting's real invitees (Sahabudin, the Kapolsek, kepala desa, ...).
QList<documents::ActivityPerson> sampleInvitees();

documents::InvitationData sampleInvitation(documents::InvitationLayout layout);
documents::AttendanceSheetData sampleAttendance(const QList<documents::ActivityPerson> &people,
                                                int blankRows);
documents::MinutesData sampleMinutes();
documents::ActivityReportData sampleReport(int photos);

} // namespace sisambang::test
