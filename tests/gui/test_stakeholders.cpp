// SPDX-License-Identifier: GPL-3.0-or-later
// Page "Pemangku Kepentingan": the lazily fetched table, search and sort, the
// person dialog with its field messages and duplicate warning, deactivation,
// replace holder, import preview and commit, and merging.
#include "guifixture.h"

#include "institutions.h"
#include "people.h"
#include "positions.h"
#include "stakeholders/importdialog.h"
#include "stakeholders/persondialog.h"
#include "stakeholders/positiondialog.h"
#include "stakeholders/replaceholderdialog.h"
#include "stakeholders/stakeholderfilterbar.h"
#include "stakeholders/stakeholdermodel.h"
#include "stakeholders/stakeholderpage.h"
#include "transaction.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace sisambang;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 addPerson(db::Database &database, const QString &written, const QStringList &phones = {},
                 const QString &regionCode = {})
{
    db::Person person;
    person.name = db::PersonName::parse(written);
    person.phones = phones;
    person.regionCode = regionCode;
    auto id = db::PersonRepository(database).add(person);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 addInstitution(db::Database &database, const QString &name, const QString &regionCode)
{
    db::Institution institution;
    institution.name = name;
    institution.kind = db::InstitutionKind::VillageOffice;
    institution.regionCode = regionCode;
    auto id = db::InstitutionRepository(database).add(institution);
    REQUIRE(id.ok());
    return *id;
}

qint64 addPosition(db::Database &database, qint64 person, qint64 institution, const QString &title,
                   const QDate &start)
{
    db::Position position;
    position.personId = person;
    position.institutionId = institution;
    position.title = title;
    position.start = start;
    auto id = db::PositionRepository(database).add(position);
    REQUIRE(id.ok());
    return *id;
}

// Generated people, in one transaction so that a few thousand take a moment.
void addPeople(db::Database &database, int count)
{
    const QStringList first{s("Ahmad"), s("Budi"),  s("Citra"),   s("Dewi"),
                            s("Eko"),   s("Fitri"), s("Gunawan"), s("Hendra")};
    const QStringList last{s("Saputra"), s("Lestari"), s("Wijaya"), s("Rahman"), s("Hidayat")};
    db::Transaction transaction(database);
    db::PersonRepository people(database);
    for (int i = 0; i < count; ++i) {
        db::Person person;
        person.name.coreName = QStringLiteral("%1 %2 %3")
                                   .arg(first.at(i % first.size()), last.at(i % last.size()))
                                   .arg(i);
        REQUIRE(people.add(person).ok());
    }
    REQUIRE(transaction.commit().ok());
}

int personCount(db::Database &database)
{
    ui::StakeholderModel model(database);
    db::StakeholderFilter all;
    all.active = db::ActiveFilter::All;
    model.setFilter(all);
    return model.totalCount();
}

void selectRows(QTableView *table, const QList<int> &rows)
{
    table->clearSelection();
    for (int row : rows) {
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace

TEST_CASE("gui: the stakeholder table fetches lazily and searches and sorts", "[gui]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    addPeople(database, 3000);
    addPerson(database, s("H. Zulkarnain Sambangi, S.Sos."));
    auto context = fixture.context();
    ui::StakeholderPage page(context);
    auto *model = page.model();

    CHECK(model->totalCount() == 3001);
    CHECK(model->rowCount() == 0); // nothing read before the view asks
    REQUIRE(model->canFetchMore({}));
    model->fetchMore({});
    CHECK(model->rowCount() == ui::StakeholderModel::pageSize);
    model->fetchMore({});
    CHECK(model->rowCount() == 2 * ui::StakeholderModel::pageSize);
    CHECK(page.statusText().contains(s("3001")));

    // Search as you type over the FTS index: prefix, case aside.
    page.filterBar()->searchField()->setText(s("sambang"));
    page.filterBar()->applyNow();
    CHECK(model->totalCount() == 1);
    model->fetchMore({});
    REQUIRE(model->rowCount() == 1);
    CHECK(model->row(0).fullName == s("H. Zulkarnain Sambangi, S.Sos."));
    CHECK(page.statusText().contains(s("1")));

    page.filterBar()->searchField()->setText(s("budi"));
    page.filterBar()->applyNow();
    CHECK(model->totalCount() == 375);

    // Sorting by name the other way round puts another person first.
    page.filterBar()->searchField()->clear();
    page.filterBar()->applyNow();
    model->fetchMore({});
    const QString firstAscending = model->row(0).nameKey;
    model->sort(ui::StakeholderModel::NameColumn, Qt::DescendingOrder);
    model->fetchMore({});
    REQUIRE(model->rowCount() > 1);
    CHECK(model->row(0).nameKey > firstAscending);
    CHECK(model->row(0).nameKey >= model->row(1).nameKey);
}

TEST_CASE("gui: a new person with a bad phone shows the message and saves nothing", "[gui]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::PersonDialog dialog(context, s("19.04"), 0);
    dialog.prefixField()->setText(s("Drs."));
    dialog.nameField()->setText(s("Rahmat Hidayat"));
    dialog.suffixField()->setText(s("M.Si."));
    CHECK(dialog.previewText() == s("Drs. Rahmat Hidayat, M.Si."));
    dialog.phoneField()->setPlainText(s("0812-12ab"));
    dialog.emailField()->setText(s("rahmat@"));

    CHECK_FALSE(dialog.save());
    CHECK_FALSE(dialog.fieldMessage(s("phones")).isEmpty());
    CHECK_FALSE(dialog.fieldMessage(s("email")).isEmpty());
    CHECK(dialog.fieldMessage(s("name")).isEmpty());
    CHECK(personCount(fixture.database.db()) == 0);

    dialog.nameField()->clear();
    dialog.phoneField()->setPlainText(s("0812 3456 7890"));
    dialog.emailField()->setText(s("rahmat@example.org"));
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(dialog.fieldMessage(s("name")).isEmpty());
    CHECK(dialog.fieldMessage(s("phones")).isEmpty());
    CHECK(personCount(fixture.database.db()) == 0);
}

TEST_CASE("gui: a person is added then edited then deactivated", "[gui]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    auto context = fixture.context();

    ui::PersonDialog add(context, s("19.04"), 0);
    add.nameField()->setText(s("Siti Aminah"));
    add.phoneField()->setPlainText(s("+62 812 3456 7890"));
    add.regionBox()->setCurrentIndex(add.regionBox()->findData(s("19.04.06.2001")));
    REQUIRE(add.save());
    const qint64 id = add.personId();
    REQUIRE(id != 0);

    ui::PersonDialog edit(context, s("19.04"), id);
    CHECK(edit.nameField()->text() == s("Siti Aminah"));
    CHECK(edit.phoneField()->toPlainText() == s("0812-3456-7890"));
    edit.prefixField()->setText(s("Hj."));
    edit.emailField()->setText(s("siti@example.org"));
    REQUIRE(edit.save());
    auto stored = db::PersonRepository(database).find(id);
    REQUIRE(stored.ok());
    CHECK(stored->name.fullName() == s("Hj. Siti Aminah"));
    CHECK(stored->email == s("siti@example.org"));

    // Someone else saved in between: a conflict, with the offer to reload.
    ui::PersonDialog stale(context, s("19.04"), id);
    ui::PersonDialog other(context, s("19.04"), id);
    other.emailField()->setText(s("aminah@example.org"));
    REQUIRE(other.save());
    stale.emailField()->setText(s("lain@example.org"));
    fixture.messages.answer(0); // reload
    CHECK_FALSE(stale.save());
    CHECK(fixture.messages.shown().constLast().buttons.size() == 2);
    CHECK(stale.emailField()->text() == s("aminah@example.org"));

    // Referenced by a position: deactivated, not deleted, and hidden by default.
    const qint64 office = addInstitution(database, s("Kantor Desa Perlang"), s("19.04.06.2001"));
    addPosition(database, id, office, s("Sekretaris Desa"), QDate(2020, 1, 1));
    ui::StakeholderPage page(context);
    page.model()->fetchMore({});
    REQUIRE(page.model()->rowCount() == 1);
    page.table()->selectRow(0);
    fixture.messages.clear();
    fixture.messages.answer(0); // confirm
    fixture.messages.answer(0); // OK
    REQUIRE(page.deactivateCurrent());
    CHECK(fixture.messages.shown().constLast().text.contains(s("inactive")));
    CHECK(page.model()->totalCount() == 0);
    page.filterBar()->inactiveBox()->setChecked(true);
    CHECK(page.model()->totalCount() == 1);

    // Not referenced: deleted, and the message says so.
    addPerson(database, s("Orang Sementara"));
    page.reload();
    page.model()->fetchMore({});
    const int row = page.model()->rowOfPerson(page.model()->row(0).fullName == s("Orang Sementara")
                                                  ? page.model()->row(0).personId
                                                  : page.model()->row(1).personId);
    page.table()->selectRow(row);
    fixture.messages.answer(0);
    fixture.messages.answer(0);
    REQUIRE(page.deactivateCurrent());
    CHECK(fixture.messages.shown().constLast().text.contains(s("deleted")));
    CHECK(personCount(database) == 1);
}

TEST_CASE("gui: replace holder ends the old position and appoints the successor", "[gui]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    auto context = fixture.context();
    const qint64 office = addInstitution(database, s("Kantor Desa Perlang"), s("19.04.06.2001"));
    const qint64 old = addPerson(database, s("Ahmad Fauzi, S.Pd."));
    const qint64 successor = addPerson(database, s("Bujang Saputra"));
    const qint64 position = addPosition(database, old, office, s("Kepala Desa"), QDate(2019, 5, 1));

    ui::ReplaceHolderDialog dialog(context, position);
    dialog.searchField()->setText(s("bujang"));
    REQUIRE(dialog.candidateList()->count() == 1);
    dialog.fromField()->setDate(QDate(2018, 1, 1));
    dialog.candidateList()->setCurrentRow(0);
    CHECK_FALSE(dialog.save()); // before the holder took office
    CHECK_FALSE(dialog.message().isEmpty());
    dialog.fromField()->setDate(QDate(2025, 3, 1));
    REQUIRE(dialog.save());

    db::PositionRepository positions(database);
    auto holder = positions.holderOn(office, s("Kepala Desa"), QDate(2025, 3, 2));
    REQUIRE(holder.ok());
    REQUIRE(holder->has_value());
    CHECK((*holder)->position.personId == successor);
    auto before = positions.holderOn(office, s("Kepala Desa"), QDate(2025, 2, 28));
    REQUIRE(before.ok());
    REQUIRE(before->has_value());
    CHECK((*before)->position.personId == old);

    // The history stays visible in the old holder's dialog.
    ui::PersonDialog person(context, s("19.04"), old);
    REQUIRE(person.historyList()->count() == 1);
    CHECK(person.historyList()->item(0)->text().contains(s("Kepala Desa")));
}

TEST_CASE("gui: the import dialog previews every row then commits", "[gui]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    auto context = fixture.context();
    const QString path = fixture.folder.filePath(s("register.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Nama;Jabatan;Kecamatan;Desa/Kelurahan;Telepon;Surel\r\n"
                   "\"H. Sahabudin, S.Sos.\";Kepala Desa;Lubuk Besar;Perlang;0812-7100-0001;\r\n"
                   "Candra Buansyah;Sekretaris Desa;Lubuk Besar;Perlang;0812 7100 0002;\r\n"
                   ";Kepala Desa;Koba;;0812 7100 0003;\r\n");
    }
    ui::ImportDialog dialog(context);
    REQUIRE(dialog.load(path));
    CHECK(dialog.mappingTable()->rowCount() == 6);
    // "Telepon" and "Surel" may not be recognised: map them by hand.
    auto *phone = qobject_cast<QComboBox *>(dialog.mappingTable()->cellWidget(4, 1));
    REQUIRE(phone);
    phone->setCurrentIndex(phone->findData(static_cast<int>(db::StakeholderColumn::Phone)));
    REQUIRE(dialog.previewTable()->rowCount() == 3);
    CHECK(dialog.preview().count(db::ImportOutcome::New) == 2);
    CHECK(dialog.preview().count(db::ImportOutcome::Error) == 1);
    CHECK(dialog.previewTable()->item(2, 0)->text() == s("4"));
    CHECK(personCount(database) == 0); // the preview writes nothing
    CHECK_FALSE(dialog.importButton()->isEnabled());

    dialog.skipErrorsBox()->setChecked(true);
    REQUIRE(dialog.importButton()->isEnabled());
    REQUIRE(dialog.commit());
    CHECK(dialog.summary().added == QList<int>{2, 3});
    CHECK(dialog.summary().failed == QList<int>{4});
    CHECK(fixture.messages.shown().constLast().text.contains(s("Added: 2")));
    CHECK(personCount(database) == 2);
}

TEST_CASE("gui: adding a likely duplicate asks first", "[gui]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    auto context = fixture.context();
    const qint64 existing = addPerson(database, s("Ahmad Fauzi"), {s("081271000003")});

    ui::PersonDialog dialog(context, s("19.04"), 0);
    dialog.nameField()->setText(s("Ahmad Fauzi Baru"));
    dialog.phoneField()->setPlainText(s("0812-7100-0003"));
    fixture.messages.answer(0); // open the existing person
    CHECK_FALSE(dialog.save());
    CHECK(dialog.openInstead() == existing);
    CHECK(fixture.messages.shown().constLast().text.contains(s("Ahmad Fauzi")));
    CHECK(personCount(database) == 1);

    fixture.messages.answer(1); // add anyway
    REQUIRE(dialog.save());
    CHECK(personCount(database) == 2);
}

TEST_CASE("gui: two selected people are merged into the chosen survivor", "[gui]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    auto context = fixture.context();
    const qint64 office = addInstitution(database, s("Kantor Desa Perlang"), s("19.04.06.2001"));
    const qint64 first = addPerson(database, s("Ahmad Fauzi"), {s("081271000003")});
    const qint64 second = addPerson(database, s("H. Ahmad Fauzi, S.Pd."));
    addPosition(database, second, office, s("Kepala Desa"), QDate(2019, 5, 1));

    ui::StakeholderPage page(context);
    page.model()->fetchMore({});
    REQUIRE(page.model()->rowCount() == 2);
    selectRows(page.table(), {0, 1});
    const int survivorButton = page.model()->row(0).personId == first ? 0 : 1;
    fixture.messages.answer(survivorButton);
    fixture.messages.answer(0); // confirm
    fixture.messages.answer(0); // OK
    REQUIRE(page.mergeSelected());
    const auto &shown = fixture.messages.shown();
    REQUIRE(shown.size() == 3);
    CHECK(shown.at(1).text.contains(s("1 position(s)")));
    CHECK(personCount(database) == 1);
    auto history = db::PositionRepository(database).historyOfPerson(first);
    REQUIRE(history.ok());
    CHECK(history->size() == 1);
}

TEST_CASE("gui: a position ending before it starts is refused next to the field", "[gui]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    auto context = fixture.context();
    addInstitution(database, s("Kantor Desa Perlang"), s("19.04.06.2001"));
    const qint64 person = addPerson(database, s("Ahmad Fauzi"));

    ui::PositionDialog dialog(context, s("19.04"), person);
    REQUIRE(dialog.institutionBox()->count() == 1);
    dialog.titleField()->setText(s("Kepala Desa"));
    dialog.startField()->setDate(QDate(2020, 5, 1));
    dialog.endedBox()->setChecked(true);
    dialog.endField()->setDate(QDate(2020, 4, 30));
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(dialog.fieldMessage(s("end")).isEmpty());
    auto history = db::PositionRepository(database).historyOfPerson(person);
    REQUIRE(history.ok());
    CHECK(history->isEmpty());

    dialog.endedBox()->setChecked(false);
    REQUIRE(dialog.save());
    CHECK(dialog.fieldMessage(s("end")).isEmpty());
    history = db::PositionRepository(database).historyOfPerson(person);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->constFirst().position.isCurrent());
}

TEST_CASE("gui: the filtered view is exported to CSV", "[gui]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    auto context = fixture.context();
    addPerson(database, s("Ahmad Fauzi"), {s("081271000003")});
    addPerson(database, s("Bujang Saputra"));
    ui::StakeholderPage page(context);
    page.filterBar()->searchField()->setText(s("bujang"));
    page.filterBar()->applyNow();

    const QString path = fixture.folder.filePath(s("register.csv"));
    fixture.fileDialogs.answer(path);
    fixture.messages.answer(0);
    REQUIRE(page.exportView());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(s("Bujang Saputra")));
    CHECK_FALSE(text.contains(s("Ahmad Fauzi")));
    CHECK(fixture.messages.shown().constLast().text.contains(path));
}
