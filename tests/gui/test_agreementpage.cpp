// SPDX-License-Identifier: GPL-3.0-or-later
// The MoU page driven as a clerk would: create, fill, sign refused, then signed.
#include "agreements.h"
#include "agreements/agreementeditor.h"
#include "agreements/agreementpage.h"
#include "agreements/partyeditor.h"
#include "agreements/villagechecklist.h"
#include "guifixture.h"
#include "institutions.h"
#include "people.h"
#include "positions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace sisambang;

namespace {

qint64 institution(db::Database &database, const QString &name, db::InstitutionKind kind,
                   const QString &region)
{
    db::Institution added;
    added.name = name;
    added.kind = kind;
    added.regionCode = region;
    auto id = db::InstitutionRepository(database).add(added);
    REQUIRE(id.ok());
    return *id;
}

void appoint(db::Database &database, const QString &name, qint64 at, const QString &title)
{
    db::Person person;
    person.name = db::PersonName::parse(name);
    auto id = db::PersonRepository(database).add(person);
    REQUIRE(id.ok());
    db::Position position;
    position.personId = *id;
    position.institutionId = at;
    position.title = title;
    position.start = QDate(2020, 1, 1);
    REQUIRE(db::PositionRepository(database).add(position).ok());
}

void chooseSignatory(ui::PartyEditor *party, const QString &search)
{
    party->searchEdit()->setText(search);
    REQUIRE(party->matches()->count() >= 1);
    REQUIRE(party->chooseSignatory(party->matches()->currentData().toLongLong()));
}

} // namespace

TEST_CASE("gui: the MoU page creates fills and signs an agreement", "[gui][agreements]")
{
    test::GuiFixture fixture;
    db::Database &database = fixture.database.db();
    const qint64 bawaslu = institution(database, QStringLiteral("Bawaslu Kabupaten Bangka Tengah"),
                                       db::InstitutionKind::Bawaslu, QStringLiteral("19.04"));
    const qint64 koba =
        institution(database, QStringLiteral("Kantor Camat Koba"),
                    db::InstitutionKind::DistrictOffice, QStringLiteral("19.04.01"));
    appoint(database, QStringLiteral("Rahmat Hidayat, S.H."), bawaslu, QStringLiteral("Ketua"));
    appoint(database, QStringLiteral("Candra Buansyah"), koba, QStringLiteral("Sekretaris Camat"));

    auto context = fixture.context();
    ui::AgreementPage page(context);
    page.resize(1400, 900);
    page.show();
    ui::AgreementEditor *editor = page.editor();
    CHECK(page.list()->rowCount() == 0);
    // The main window must still fit 1000 x 700 with this page in it.
    CHECK(page.minimumSizeHint().width() < 800);
    CHECK(page.minimumSizeHint().height() < 600);
    CHECK(page.coverage()->rowCount() > 5);

    page.findChild<QPushButton *>(QStringLiteral("newAgreement"))->click();
    editor->findChild<QLineEdit *>(QStringLiteral("title"))
        ->setText(QStringLiteral("Sambang Pengawasan di Kecamatan Koba"));
    editor->findChild<QDateEdit *>(QStringLiteral("signedOn"))->setDate(QDate(2023, 2, 20));
    editor->findChild<QDateEdit *>(QStringLiteral("validFrom"))->setDate(QDate(2023, 2, 20));
    editor->findChild<QDateEdit *>(QStringLiteral("validUntil"))->setDate(QDate(2025, 2, 19));
    ui::PartyEditor *first = editor->partyEditor(1);
    ui::PartyEditor *second = editor->partyEditor(2);
    CHECK(first->party().institutionId == bawaslu);
    auto *institutionBox = second->findChild<QComboBox *>();
    institutionBox->setCurrentIndex(institutionBox->findData(koba));
    // The covered area defaults to every desa of Koba.
    auto *villages = editor->findChild<ui::VillageChecklist *>();
    const QStringList covered = villages->checkedCodes();
    CHECK(covered.size() > 5);
    for (const QString &code : covered) {
        CHECK(code.startsWith(QStringLiteral("19.04.01.")));
    }

    // Signing without signatories or numbers: saved as a draft, signing refused.
    editor->findChild<QPushButton *>(QStringLiteral("sign"))->click();
    REQUIRE_FALSE(fixture.messages.shown().isEmpty());
    INFO(fixture.messages.shown().last().text.toStdString());
    CHECK(fixture.messages.shown().last().text.contains(QStringLiteral("signatory")));
    REQUIRE(editor->agreementId() > 0);
    CHECK(editor->agreement().status == db::AgreementStatus::Draft);
    CHECK(page.list()->rowCount() == 1);

    chooseSignatory(first, QStringLiteral("Rahmat"));
    chooseSignatory(second, QStringLiteral("Candra"));
    second->numberEdit()->setText(QStringLiteral("180/021/KEC-KB/II/2023"));
    editor->findChild<QPushButton *>(QStringLiteral("issueNumber"))->click();
    // The test office has no unit code: the number has no unit segment.
    const QString number = editor->agreement().party(1)->letterNumber;
    CHECK(number == QStringLiteral("001/HK.02/02/2023"));
    CHECK(editor->agreement().party(2)->signatoryJabatan == QStringLiteral("Sekretaris Camat"));

    fixture.messages.clear();
    fixture.messages.answer(0); // "Sign"
    editor->findChild<QPushButton *>(QStringLiteral("sign"))->click();
    CHECK(editor->agreement().status == db::AgreementStatus::Signed);
    auto stored = db::AgreementRepository(database).find(editor->agreementId());
    REQUIRE(stored.ok());
    CHECK(stored->status == db::AgreementStatus::Signed);
    CHECK(stored->parties.at(0).signatoryName == QStringLiteral("Rahmat Hidayat, S.H."));
    CHECK(stored->villageCodes == covered);
    CHECK(stored->articles.size() == 6);
    CHECK(page.list()->item(0, 0)->text() == number);
    CHECK_FALSE(editor->findChild<QPushButton *>(QStringLiteral("save"))->isEnabled());

    // Export through the scripted file dialog.
    const QString pdf = fixture.folder.filePath(QStringLiteral("mou.pdf"));
    fixture.fileDialogs.answer(pdf);
    editor->findChild<QPushButton *>(QStringLiteral("export"))->click();
    CHECK(QFileInfo::exists(pdf));
}
