// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityprinter.h"
#include "activityreport.h"
// db/minutes.h by its path: ui/documents/minutes.h has the same name.
#include "../../db/minutes.h"

namespace sisambang::ui {

// Reads what the four activity documents print from the database: the
// office, the activity, its invited participants, attendance, minutes,
// follow-up items, photos and agreement, as the documents' input structs.
class ActivityDocumentLoader
{
    Q_DECLARE_TR_FUNCTIONS(ActivityDocumentLoader)

public:
    ActivityDocumentLoader(const db::Database &database, const QString &zone)
        : m_database(database)
        , m_zone(zone)
    {
    }

    db::Result<documents::Document> invitation(qint64 activityId,
                                               const PrintOptions &options) const;
    db::Result<documents::Document> attendanceSheet(qint64 activityId,
                                                    const PrintOptions &options) const;
    db::Result<documents::Document> minutes(qint64 activityId, const PrintOptions &options) const;
    db::Result<documents::Document> report(qint64 activityId, const PrintOptions &options) const;

private:
    db::Result<documents::OfficeContext> office() const;
    db::Result<QList<documents::ActivityPerson>> invited(qint64 activityId) const;
    db::Result<QList<documents::ActivityPerson>> present(qint64 activityId) const;

    const db::Database &m_database;
    QString m_zone;
};

} // namespace sisambang::ui
