// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendancesheet.h"
#include "document.h"
#include "invitation.h"
#include "letternumbers.h"
#include "officeprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sisambang::ui {

struct Context;

// How an activity document is printed; the defaults come from the office profile.
struct PrintOptions
{
    db::PaperSize paper = db::PaperSize::A4;
    int blankRows = 10;
    documents::InvitationLayout layout = documents::InvitationLayout::WithList;
    documents::OfficeSigner signer = documents::OfficeSigner::Secretary;
    // Invitation: the number given to it earlier (shown, kept), or the
    // classification to give it one in; both empty leaves the number to be
    // written in by hand.
    QString issuedNumber;
    QString classification;
    QList<db::LetterClassification> classifications;
};

// The print actions of page "Kegiatan": the invitation, the attendance sheet,
// the minutes and the activity report of one activity, built from the
// database, previewed and printed or saved as PDF or ODT through the one
// document pipeline, each print recorded in the audit log as the CLI does.
class ActivityPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ActivityPrinter)

public:
    enum class DocumentKind { Invitation, AttendanceSheet, Minutes, Report };

    ActivityPrinter(Context &context, const QString &zone, QWidget *parent)
        : m_context(context)
        , m_zone(zone)
        , m_parent(parent)
    {
    }

    // "Surat Undangan", "Daftar Hadir", "Notulen", "Laporan Kegiatan".
    static QString documentName(DocumentKind kind);
    // "daftar-hadir-2023-02-20-desa-nibung.pdf"
    static QString suggestedFileName(DocumentKind kind, const db::Activity &activity);

    // Asks for the options, then previews or saves.
    void print(DocumentKind kind, qint64 activityId);
    PrintOptions defaults() const;

    db::Result<documents::Document> build(DocumentKind kind, qint64 activityId,
                                          const PrintOptions &options) const;
    // True when the clerk sent the pages to the printer.
    bool preview(DocumentKind kind, qint64 activityId, const PrintOptions &options);
    // Asks for a new PDF or ODT file and writes it; the path, or empty.
    QString exportTo(DocumentKind kind, qint64 activityId, const PrintOptions &options);

private:
    void record(DocumentKind kind, qint64 activityId, const QString &what);

    Context &m_context;
    QString m_zone;
    QWidget *m_parent;
};

} // namespace sisambang::ui
