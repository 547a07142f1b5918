// SPDX-License-Identifier: GPL-3.0-or-later
#include "officerroster.h"

#include "institutions.h"
#include "positions.h"

#include <QSet>

namespace sisambang::ui {

db::Result<QList<Officer>> OfficerRoster::load(const db::Database &database,
                                               const QString &regencyCode, const QDate &date)
{
    db::InstitutionFilter filter;
    filter.kind = db::InstitutionKind::Bawaslu;
    filter.regionCode = regencyCode;
    auto offices = db::InstitutionRepository(database).list(filter);
    if (!offices) {
        return offices.error();
    }
    QList<Officer> officers;
    QSet<qint64> seen;
    db::PositionRepository positions(database);
    for (const db::Institution &office : *offices) {
        auto staff = positions.staffOn(office.id, date);
        if (!staff) {
            return staff.error();
        }
        for (const db::PositionDetails &held : *staff) {
            if (held.personActive && !seen.contains(held.position.personId)) {
                seen.insert(held.position.personId);
                officers.append({held.position.personId, held.personName, held.position.jabatan()});
            }
        }
    }
    return officers;
}

} // namespace sisambang::ui
