// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.h"

#include "database.h"
#include "demoactivities.h"
#include "demoagreements.h"
#include "demostakeholders.h"
#include "officeprofile.h"
#include "transaction.h"

#include <QCoreApplication>

namespace sisambang::db {

namespace {

class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

OfficeProfile demoProfile()
{
    OfficeProfile profile;
    profile.regionCode = QLatin1String(demoRegionCode);
    profile.officeName = QStringLiteral("Bawaslu Kabupaten Bangka Tengah");
    // Contact details are illustrative, not the office's real ones.
    profile.address = QStringLiteral("Jl. Jenderal Sudirman, Koba, Kabupaten Bangka Tengah, "
                                     "Kepulauan Bangka Belitung 33681");
    profile.phone = QStringLiteral("(0718) 000000");
    profile.email = QStringLiteral("bangkatengah@bawaslu.example");
    // The chair is invented; the story names only the people below him.
    profile.chairName = QStringLiteral("Rahmat Hidayat, S.H.");
    profile.chairNip = QString();
    profile.secretaryName = QStringLiteral("Win Iskandar");
    profile.secretaryNip = QStringLiteral("197801012005011001");
    profile.paper = PaperSize::F4;
    profile.unitCode = QStringLiteral("K.BB-04");
    return profile;
}

} // namespace

Status buildDemo(Database &database, const DemoPictures *pictures)
{
    OfficeProfileStore profiles(database);
    auto existing = profiles.load();
    if (!existing) {
        return existing.error();
    }
    if (existing->isConfigured()) {
        return Error::invalid(DemoText::tr("The demo needs a new, empty database; this one is "
                                           "already set up for an office."));
    }
    Transaction transaction(database);
    if (auto saved = profiles.save(demoProfile()); !saved) {
        return saved;
    }
    if (auto register_ = buildDemoStakeholders(database); !register_) {
        return register_;
    }
    if (auto agreements = buildDemoAgreements(database); !agreements) {
        return agreements;
    }
    if (auto activities = buildDemoActivities(database, pictures); !activities) {
        return activities;
    }
    return transaction.commit();
}

} // namespace sisambang::db
