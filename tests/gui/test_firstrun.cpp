// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run wizard and the office profile form, driven as a user would.
#include "guifixture.h"

#include "common/fieldmessage.h"
#include "firstrun/firstrunwizard.h"
#include "firstrun/regionpage.h"
#include "officeprofile.h"
#include "settings/officeprofileform.h"
#include "settings/settingspage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace sisambang;

namespace {

QLineEdit *field(QWidget &parent, const char *name)
{
    auto *edit = parent.findChild<QLineEdit *>(QLatin1String(name));
    INFO(name);
    REQUIRE(edit);
    return edit;
}

ui::FieldMessage *message(QWidget &parent, const char *name)
{
    auto *label = parent.findChild<ui::FieldMessage *>(QLatin1String(name));
    INFO(name);
    REQUIRE(label);
    return label;
}

} // namespace

TEST_CASE("gui: the first-run wizard sets up an unconfigured database", "[gui][firstrun]")
{
    test::GuiFixture fixture{QString()}; // no office yet
    auto context = fixture.context();
    ui::FirstRunWizard wizard(context);
    wizard.show();
    CHECK(wizard.currentId() == ui::FirstRunWizard::IntroPage);
    wizard.next();
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::RegionPageId);

    ui::RegionPage *regionPage = wizard.regionPage();
    CHECK_FALSE(regionPage->isComplete());
    auto *list = wizard.findChild<QTreeView *>(QStringLiteral("regencyList"));
    REQUIRE(list);
    CHECK(list->model()->rowCount() == 514); // every kabupaten/kota of Indonesia

    QTest::keyClicks(field(wizard, "regencySearch"), QStringLiteral("bangka tengah"));
    CHECK(list->model()->rowCount() == 1);
    // The one match is taken; picking it again by code is what a click does.
    REQUIRE(regionPage->selectRegency(QStringLiteral("19.04")));
    CHECK(regionPage->regencyCode() == QStringLiteral("19.04"));
    CHECK(regionPage->regencyName() == QStringLiteral("Kabupaten Bangka Tengah"));
    CHECK(regionPage->isComplete());

    wizard.next();
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::ProfilePageId);
    ui::OfficeProfileForm *form = wizard.profileForm();
    CHECK(field(*form, "officeName")->text() == QStringLiteral("Bawaslu Kabupaten Bangka Tengah"));

    field(*form, "address")->setText(QStringLiteral("Jl. Jenderal Sudirman, Koba"));
    field(*form, "phone")->setText(QStringLiteral("(0718) 123456"));
    field(*form, "email")->setText(QStringLiteral("bangkatengah@bawaslu.go.id"));
    field(*form, "chairName")->setText(QStringLiteral("Ketua Contoh"));
    field(*form, "secretaryName")->setText(QStringLiteral("Win Iskandar"));
    field(*form, "secretaryNip")->setText(QStringLiteral("19780101 200501 1 001"));
    field(*form, "unitCode")->setText(QStringLiteral("K.BB-04"));
    auto *paper = form->findChild<QComboBox *>(QStringLiteral("paper"));
    REQUIRE(paper);
    paper->setCurrentIndex(1); // F4

    // A letterhead logo larger than needed is scaled down and kept as PNG.
    QImage logo(1200, 800, QImage::Format_RGB32);
    logo.fill(Qt::darkRed);
    const QString logoFile = fixture.folder.filePath(QStringLiteral("logo.jpg"));
    REQUIRE(logo.save(logoFile, "JPG"));
    fixture.fileDialogs.answer(logoFile);
    form->findChild<QPushButton *>(QStringLiteral("chooseLogo"))->click();
    CHECK_FALSE(message(*form, "logoMessage")->hasError());

    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(fixture.messages.shown().isEmpty());

    db::OfficeProfileStore store(fixture.database.db());
    auto saved = store.load();
    REQUIRE(saved);
    CHECK(saved->regionCode == QStringLiteral("19.04"));
    CHECK(saved->officeName == QStringLiteral("Bawaslu Kabupaten Bangka Tengah"));
    CHECK(saved->address == QStringLiteral("Jl. Jenderal Sudirman, Koba"));
    CHECK(saved->email == QStringLiteral("bangkatengah@bawaslu.go.id"));
    CHECK(saved->secretaryName == QStringLiteral("Win Iskandar"));
    CHECK(saved->secretaryNip == QStringLiteral("19780101 200501 1 001"));
    CHECK(saved->paper == db::PaperSize::F4);
    CHECK(saved->unitCode == QStringLiteral("K.BB-04"));
    QImage stored;
    REQUIRE(stored.loadFromData(saved->logoPng, "PNG"));
    CHECK(stored.size() == QSize(600, 400));
}

TEST_CASE("gui: the region search matches words in any order and codes", "[gui][firstrun]")
{
    test::GuiFixture fixture{QString()};
    auto context = fixture.context();
    ui::FirstRunWizard wizard(context);
    auto *search = field(wizard, "regencySearch");
    auto *list = wizard.findChild<QTreeView *>(QStringLiteral("regencyList"));
    search->setText(QStringLiteral("TENGAH bangka"));
    CHECK(list->model()->rowCount() == 1);
    search->setText(QStringLiteral("19.71"));
    CHECK(list->model()->rowCount() == 1);
    CHECK(wizard.regionPage()->regencyCode() == QStringLiteral("19.71"));
    search->setText(QStringLiteral("kabupaten"));
    CHECK(list->model()->rowCount() == 416); // every kabupaten of Indonesia, no kota
    search->setText(QStringLiteral("no such place"));
    CHECK(list->model()->rowCount() == 0);
    CHECK_FALSE(wizard.regionPage()->isComplete());
}

TEST_CASE("gui: the profile form refuses bad fields with a message next to each", "[gui]")
{
    test::GuiFixture fixture;
    ui::OfficeProfileForm form(fixture.fileDialogs);
    form.show();
    db::OfficeProfile profile;
    profile.regionCode = QStringLiteral("19.04");
    profile.officeName = QStringLiteral("Bawaslu Kabupaten Bangka Tengah");
    form.setProfile(profile);
    CHECK(form.validate());

    field(form, "email")->setText(QStringLiteral("bawaslu.go.id"));
    CHECK_FALSE(form.validate());
    auto *emailMessage = message(form, "emailMessage");
    CHECK(emailMessage->isVisible());
    CHECK(emailMessage->text().contains(QStringLiteral("bawaslu.go.id")));

    field(form, "email")->setText(QStringLiteral("kab.bangkatengah@bawaslu.go.id"));
    field(form, "chairNip")->setText(QStringLiteral("1978-01"));
    field(form, "officeName")->clear();
    field(form, "unitCode")->setText(QStringLiteral("K/BB"));
    CHECK_FALSE(form.validate());
    CHECK_FALSE(emailMessage->isVisible());
    CHECK(message(form, "chairNipMessage")->isVisible());
    CHECK(message(form, "officeNameMessage")->isVisible());
    CHECK(message(form, "unitCodeMessage")->isVisible());

    field(form, "chairNip")->setText(QStringLiteral("12345")); // digits, but too few
    CHECK_FALSE(form.validate());
    CHECK(message(form, "chairNipMessage")->text().contains(QStringLiteral("18")));

    // A file that is not an image is refused next to the logo, nothing stored.
    const QString notImage = fixture.folder.filePath(QStringLiteral("logo.png"));
    QFile file(notImage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not an image");
    file.close();
    fixture.fileDialogs.answer(notImage);
    form.findChild<QPushButton *>(QStringLiteral("chooseLogo"))->click();
    CHECK(message(form, "logoMessage")->isVisible());
    CHECK(form.profile().logoPng.isEmpty());
}

TEST_CASE("gui: Pengaturan saves a valid profile and refuses an invalid one", "[gui]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::SettingsPage page(context);
    page.show();
    ui::OfficeProfileForm *form = page.profileForm();
    db::OfficeProfileStore store(fixture.database.db());

    field(*form, "email")->setText(QStringLiteral("not-an-address"));
    CHECK_FALSE(page.saveProfile());
    CHECK(message(*form, "emailMessage")->isVisible());
    CHECK(store.load()->email.isEmpty());

    field(*form, "email")->setText(QStringLiteral("bawaslu@example.go.id"));
    field(*form, "address")->setText(QStringLiteral("Jl. Merdeka 1, Koba"));
    bool signalled = false;
    QObject::connect(&page, &ui::SettingsPage::profileSaved, [&signalled] { signalled = true; });
    CHECK(page.saveProfile());
    CHECK(signalled);
    auto saved = store.load();
    REQUIRE(saved);
    CHECK(saved->email == QStringLiteral("bawaslu@example.go.id"));
    CHECK(saved->address == QStringLiteral("Jl. Merdeka 1, Koba"));
    CHECK(saved->regionCode == QStringLiteral("19.04"));
    CHECK(fixture.messages.shown().isEmpty());
}
