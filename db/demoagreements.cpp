// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoagreements.h"

#include "agreements.h"
#include "agreementtemplates.h"
#include "database.h"
#include "query.h"

#include <QCoreApplication>

// The dates, places and signatories are those of the real MoUs; the kecamatan
// offices' own letter numbers and the period of validity are INVENTED for the demo.

namespace sisambang::db {

namespace {

class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

Result<qint64> idOf(const Database &database, const QString &sql, const QString &value)
{
    Query query(database, sql);
    auto id = query.bind(value).scalar();
    if (!id) {
        return id.error();
    }
    if (!id->isValid()) {
        return Error::failed(DemoText::tr("The demo register lacks %1.").arg(value));
    }
    return id->toLongLong();
}

struct DemoMou
{
    QString kecamatan;
    QString office;
    QString secondSignatory;
    QString firstSignatory;
    QString secondNumber;
};

Status addMou(Database &database, const DemoMou &mou, qint64 bawaslu)
{
    const QString byName = QStringLiteral("SELECT id FROM institution WHERE name = ?");
    const QString personByName = QStringLiteral("SELECT id FROM person WHERE full_name = ?");
    auto office = idOf(database, byName, mou.office);
    auto first = idOf(database, personByName, mou.firstSignatory);
    auto second = idOf(database, personByName, mou.secondSignatory);
    for (const auto *id : {&office, &first, &second}) {
        if (!*id) {
            return id->error();
        }
    }
    AgreementRepository agreements(database);
    const QDate signedOn(2023, 2, 20);
    Agreement agreement;
    agreement.title = QStringLiteral("Sambang Pengawasan dalam Rangka Pengawasan Partisipatif "
                                     "pada Pemilihan Umum Tahun 2024 di Kecamatan ") +
                      mou.kecamatan;
    agreement.programme = QStringLiteral("Sambang Pengawasan");
    agreement.signedOn = signedOn;
    agreement.place = QStringLiteral("Koba");
    agreement.validFrom = signedOn;
    agreement.validUntil = QDate(2025, 2, 19);
    agreement.purpose = QStringLiteral("Sosialisasi netralitas aparatur desa/kelurahan dan "
                                       "pengawasan partisipatif menjelang Pemilu 2024.");
    AgreementParty pihakPertama{1, bawaslu};
    AgreementParty pihakKedua{2, *office};
    pihakKedua.letterNumber = mou.secondNumber;
    if (auto done = agreements.takeSnapshot(pihakPertama, *first, signedOn); !done) {
        return done;
    }
    if (auto done = agreements.takeSnapshot(pihakKedua, *second, signedOn); !done) {
        return done;
    }
    agreement.parties = {pihakPertama, pihakKedua};
    auto villages = agreements.defaultVillages(*office);
    if (!villages) {
        return villages.error();
    }
    agreement.villageCodes = *villages;
    auto articles = AgreementTemplates(database).articles(1);
    if (!articles) {
        return articles.error();
    }
    agreement.articles = *articles;
    auto id = agreements.add(agreement);
    if (!id) {
        return id.error();
    }
    if (auto number = agreements.issueOfficeNumber(*id, 1, QStringLiteral("HK.02")); !number) {
        return number.error();
    }
    return agreements.sign(*id, 2);
}

} // namespace

Status buildDemoAgreements(Database &database)
{
    auto bawaslu = idOf(database, QStringLiteral("SELECT id FROM institution WHERE name = ?"),
                        QStringLiteral("Bawaslu Kabupaten Bangka Tengah"));
    if (!bawaslu) {
        return bawaslu.error();
    }
    const QList<DemoMou> mous = {
        {QStringLiteral("Koba"), QStringLiteral("Kantor Camat Koba"),
         QStringLiteral("Candra Buansyah"), QStringLiteral("Wahyu Tri Buwono"),
         QStringLiteral("180/021/KEC-KB/II/2023")},
        {QStringLiteral("Lubuk Besar"), QStringLiteral("Kantor Camat Lubuk Besar"),
         QStringLiteral("H. Sahabudin, S.Sos."), QStringLiteral("Win Iskandar"),
         QStringLiteral("180/017/KEC-LB/II/2023")},
    };
    for (const DemoMou &mou : mous) {
        if (auto done = addMou(database, mou, *bawaslu); !done) {
            return done;
        }
    }
    return {};
}

} // namespace sisambang::db
