// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementeditor.h"

#include "agreementtemplates.h"
#include "articleeditor.h"
#include "attachments.h"
#include "common/filedialogs.h"
#include "common/messages.h"
#include "context.h"
#include "institutions.h"
#include "letterhead.h"
#include "letternumbers.h"
#include "mouprinter.h"
#include "officeprofile.h"
#include "partyeditor.h"
#include "villagechecklist.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

// Date fields show "not set" at their minimum, the stand-in for no date.
const QDate noDate(2000, 1, 1);

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(AgreementEditor::tr("not set"));
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : noDate);
}

QString statusText(db::AgreementStatus status)
{
    switch (status) {
    case db::AgreementStatus::Draft:
        return AgreementEditor::tr("Draft");
    case db::AgreementStatus::Signed:
        return AgreementEditor::tr("Signed");
    case db::AgreementStatus::Ended:
        return AgreementEditor::tr("Ended");
    case db::AgreementStatus::Cancelled:
        return AgreementEditor::tr("Cancelled");
    }
    return {};
}

} // namespace

AgreementEditor::AgreementEditor(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_status(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_programme(new QLineEdit(this))
    , m_signedOn(dateEdit(this))
    , m_place(new QLineEdit(this))
    , m_validFrom(dateEdit(this))
    , m_validUntil(dateEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_classification(new QComboBox(this))
    , m_scan(new QLabel(this))
{
    setObjectName(QStringLiteral("agreementEditor"));
    if (auto profile = db::OfficeProfileStore(context.database).load()) {
        m_regencyCode = profile->regionCode;
    }
    auto *layout = new QVBoxLayout(this);
    // Two rows of actions keep the page narrow enough for a 1000-pixel window.
    auto *actions = new QHBoxLayout;
    auto *documentActions = new QHBoxLayout;
    QHBoxLayout *row = actions;
    const auto button = [this, &row](const QString &text, const QString &name) {
        auto *created = new QPushButton(text, this);
        created->setObjectName(name);
        row->addWidget(created);
        return created;
    };
    m_save = button(tr("Save"), QStringLiteral("save"));
    m_sign = button(tr("Sign"), QStringLiteral("sign"));
    m_end = button(tr("End"), QStringLiteral("end"));
    m_cancel = button(tr("Cancel agreement"), QStringLiteral("cancel"));
    m_renew = button(tr("Renew"), QStringLiteral("renew"));
    actions->addStretch(1);
    row = documentActions;
    m_print = button(tr("Print preview"), QStringLiteral("print"));
    m_export = button(tr("Export PDF/ODT"), QStringLiteral("export"));
    documentActions->addStretch(1);
    documentActions->addWidget(m_status);
    layout->addLayout(actions);
    layout->addLayout(documentActions);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_print->setToolTip(tr("Print preview (Ctrl+P)"));

    auto *tabs = new QTabWidget(this);
    auto *details = new QWidget(tabs);
    auto *form = new QFormLayout(details);
    m_kind->addItem(tr("Memorandum of understanding (Nota Kesepahaman)"),
                    static_cast<int>(db::AgreementKind::Mou));
    m_kind->addItem(tr("Cooperation agreement (Perjanjian Kerja Sama)"),
                    static_cast<int>(db::AgreementKind::Pks));
    m_title->setObjectName(QStringLiteral("title"));
    m_signedOn->setObjectName(QStringLiteral("signedOn"));
    m_validFrom->setObjectName(QStringLiteral("validFrom"));
    m_validUntil->setObjectName(QStringLiteral("validUntil"));
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Programme"), m_programme);
    form->addRow(tr("Signed on"), m_signedOn);
    form->addRow(tr("Place of signing"), m_place);
    form->addRow(tr("Valid from"), m_validFrom);
    form->addRow(tr("Valid until"), m_validUntil);
    form->addRow(tr("Purpose"), m_purpose);
    m_notes->setMaximumHeight(80);
    form->addRow(tr("Notes"), m_notes);
    auto *numberRow = new QHBoxLayout;
    if (auto classes = db::LetterNumbering(context.database).classifications()) {
        for (const db::LetterClassification &c : *classes) {
            m_classification->addItem(QStringLiteral("%1 %2").arg(c.code, c.description), c.code);
        }
    }
    // Combo boxes sized to their longest entry would widen the page past the window.
    m_classification->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_classification->setMinimumContentsLength(16);
    m_classification->setCurrentIndex(
        std::max(0, m_classification->findData(QStringLiteral("HK.02"))));
    m_number = new QPushButton(tr("Give the office's number"), details);
    m_number->setObjectName(QStringLiteral("issueNumber"));
    numberRow->addWidget(m_classification, 1);
    numberRow->addWidget(m_number);
    form->addRow(tr("Classification"), numberRow);
    auto *scanRow = new QHBoxLayout;
    auto *attach = new QPushButton(tr("Attach scan..."), details);
    m_openScan = new QPushButton(tr("Open scan"), details);
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(attach);
    scanRow->addWidget(m_openScan);
    form->addRow(tr("Signed copy"), scanRow);
    tabs->addTab(details, tr("Details"));

    auto *partiesTab = new QWidget(tabs);
    auto *partiesLayout = new QVBoxLayout(partiesTab);
    for (int ordinal : {1, 2}) {
        auto *party = new PartyEditor(context, ordinal, partiesTab);
        m_parties.append(party);
        partiesLayout->addWidget(party);
    }
    partiesLayout->addStretch(1);
    tabs->addTab(partiesTab, tr("Parties"));
    m_villages = new VillageChecklist(context.database, m_regencyCode, tabs);
    tabs->addTab(m_villages, tr("Kelurahan/desa"));
    m_articles = new ArticleEditor(context, tabs);
    tabs->addTab(m_articles, tr("Articles"));
    layout->addWidget(tabs, 1);

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    auto *printAction = new QAction(this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(printAction);

    connect(saveAction, &QAction::triggered, this, &AgreementEditor::save);
    connect(printAction, &QAction::triggered, this, &AgreementEditor::printPreview);
    connect(m_save, &QPushButton::clicked, this, &AgreementEditor::save);
    connect(m_number, &QPushButton::clicked, this, &AgreementEditor::issueNumber);
    connect(m_sign, &QPushButton::clicked, this, &AgreementEditor::sign);
    connect(m_end, &QPushButton::clicked, this, &AgreementEditor::endAgreement);
    connect(m_cancel, &QPushButton::clicked, this, &AgreementEditor::cancelAgreement);
    connect(m_renew, &QPushButton::clicked, this, &AgreementEditor::renew);
    connect(m_print, &QPushButton::clicked, this, &AgreementEditor::printPreview);
    connect(m_export, &QPushButton::clicked, this, &AgreementEditor::exportDocument);
    connect(attach, &QPushButton::clicked, this, &AgreementEditor::attachScan);
    connect(m_openScan, &QPushButton::clicked, this, &AgreementEditor::openScan);
    connect(m_signedOn, &QDateEdit::dateChanged, this, [this] {
        for (PartyEditor *party : std::as_const(m_parties)) {
            party->setSigningDate(dateOf(m_signedOn));
        }
    });
    // The covered area follows the second party's kecamatan until edited.
    connect(m_parties.at(1), &PartyEditor::institutionChanged, this, [this](qint64 institution) {
        if (m_agreement.status != db::AgreementStatus::Draft || institution <= 0) {
            return;
        }
        if (auto villages =
                db::AgreementRepository(m_context.database).defaultVillages(institution);
            villages && !villages->isEmpty()) {
            m_villages->setChecked(*villages);
        }
    });
    newAgreement();
}

AgreementEditor::~AgreementEditor() = default;

PartyEditor *AgreementEditor::partyEditor(int ordinal) const
{
    return ordinal >= 1 && ordinal <= m_parties.size() ? m_parties.at(ordinal - 1) : nullptr;
}

void AgreementEditor::newAgreement()
{
    db::Agreement agreement;
    agreement.programme = QStringLiteral("Sambang Pengawasan");
    agreement.signedOn = QDate::currentDate();
    agreement.validFrom = agreement.signedOn;
    agreement.validUntil = agreement.signedOn.addYears(1).addDays(-1);
    db::AgreementParty office{1};
    db::InstitutionFilter filter;
    filter.kind = db::InstitutionKind::Bawaslu;
    if (auto offices = db::InstitutionRepository(m_context.database).list(filter)) {
        for (const db::Institution &institution : *offices) {
            if (institution.regionCode == m_regencyCode) {
                office.institutionId = institution.id;
                office.institutionName = institution.name;
                if (auto profile = db::OfficeProfileStore(m_context.database).load()) {
                    agreement.place = documents::placeFromAddress(profile->address);
                }
                break;
            }
        }
    }
    agreement.parties = {office, db::AgreementParty{2}};
    db::AgreementTemplates templates(m_context.database);
    if (auto list = templates.list(); list && !list->isEmpty()) {
        if (auto articles = templates.articles(list->first().id)) {
            agreement.articles = *articles;
        }
    }
    show(agreement);
}

void AgreementEditor::load(qint64 id)
{
    auto agreement = db::AgreementRepository(m_context.database).find(id);
    if (!agreement) {
        m_context.messages.warning(this, tr("MoU"), agreement.error().message);
        return;
    }
    show(*agreement);
}

void AgreementEditor::show(const db::Agreement &agreement)
{
    m_agreement = agreement;
    m_kind->setCurrentIndex(agreement.kind == db::AgreementKind::Pks ? 1 : 0);
    m_title->setText(agreement.title);
    m_programme->setText(agreement.programme);
    setDate(m_signedOn, agreement.signedOn);
    m_place->setText(agreement.place);
    setDate(m_validFrom, agreement.validFrom);
    setDate(m_validUntil, agreement.validUntil);
    m_purpose->setText(agreement.purpose);
    // Long texts read from their start, not from where typing would continue.
    m_title->setCursorPosition(0);
    m_purpose->setCursorPosition(0);
    m_notes->setPlainText(agreement.notes);
    for (PartyEditor *editor : std::as_const(m_parties)) {
        const int ordinal = static_cast<int>(m_parties.indexOf(editor)) + 1;
        const db::AgreementParty *party = agreement.party(ordinal);
        editor->setParty(party ? *party : db::AgreementParty{ordinal});
        editor->setSigningDate(agreement.signedOn);
    }
    m_villages->setChecked(agreement.villageCodes);
    m_articles->setArticles(agreement.articles);
    m_scan->setText(agreement.scanPath.isEmpty() ? tr("none") : agreement.scanPath);
    updateActions();
}

db::Agreement AgreementEditor::collect() const
{
    db::Agreement agreement = m_agreement;
    agreement.kind = static_cast<db::AgreementKind>(m_kind->currentData().toInt());
    agreement.title = m_title->text().trimmed();
    agreement.programme = m_programme->text().trimmed();
    agreement.signedOn = dateOf(m_signedOn);
    agreement.place = m_place->text().trimmed();
    agreement.validFrom = dateOf(m_validFrom);
    agreement.validUntil = dateOf(m_validUntil);
    agreement.purpose = m_purpose->text().trimmed();
    agreement.notes = m_notes->toPlainText().trimmed();
    agreement.parties.clear();
    for (PartyEditor *editor : m_parties) {
        const db::AgreementParty party = editor->party();
        if (party.institutionId > 0) {
            agreement.parties.append(party);
        }
    }
    agreement.villageCodes = m_villages->checkedCodes();
    agreement.articles = m_articles->articles();
    return agreement;
}

void AgreementEditor::updateActions()
{
    const auto status = m_agreement.status;
    const bool stored = m_agreement.id > 0;
    m_status->setText(stored ? tr("Status: %1").arg(statusText(status)) : tr("New, not saved"));
    m_save->setEnabled(status == db::AgreementStatus::Draft);
    const db::AgreementParty *office = m_agreement.party(1);
    m_number->setEnabled(status == db::AgreementStatus::Draft &&
                         (office == nullptr || office->letterNumber.isEmpty()));
    m_sign->setEnabled(status == db::AgreementStatus::Draft);
    m_end->setEnabled(stored && status == db::AgreementStatus::Signed);
    m_cancel->setEnabled(
        stored && (status == db::AgreementStatus::Draft || status == db::AgreementStatus::Signed));
    m_renew->setEnabled(stored && status != db::AgreementStatus::Draft);
    m_print->setEnabled(stored);
    m_export->setEnabled(stored);
    m_openScan->setEnabled(!m_agreement.scanPath.isEmpty());
}

bool AgreementEditor::report(const db::Status &status, const QString &title)
{
    if (!status) {
        m_context.messages.warning(this, title, status.error().message);
        return false;
    }
    return true;
}

bool AgreementEditor::save()
{
    if (m_agreement.status != db::AgreementStatus::Draft) {
        return true; // signed, ended and cancelled agreements are kept as they are
    }
    db::AgreementRepository agreements(m_context.database);
    db::Agreement agreement = collect();
    if (agreement.id == 0) {
        auto id = agreements.add(agreement);
        if (!id) {
            return report(id.error(), tr("Save"));
        }
        agreement.id = *id;
    } else if (!report(agreements.update(agreement), tr("Save"))) {
        return false;
    }
    load(agreement.id);
    Q_EMIT changed(agreement.id);
    return true;
}

bool AgreementEditor::ensureSaved()
{
    return m_agreement.status != db::AgreementStatus::Draft || save();
}

bool AgreementEditor::issueNumber()
{
    if (!ensureSaved()) {
        return false;
    }
    auto number = db::AgreementRepository(m_context.database)
                      .issueOfficeNumber(m_agreement.id, m_agreement.version,
                                         m_classification->currentData().toString());
    if (!number) {
        return report(number.error(), tr("Number"));
    }
    load(m_agreement.id);
    Q_EMIT changed(m_agreement.id);
    return true;
}

bool AgreementEditor::sign()
{
    if (!ensureSaved()) {
        return false;
    }
    db::AgreementRepository agreements(m_context.database);
    if (const QStringList problems = agreements.signingProblems(m_agreement); !problems.isEmpty()) {
        m_context.messages.warning(
            this, tr("Sign"),
            tr("The agreement cannot be signed yet:\n%1").arg(problems.join(u'\n')));
        return false;
    }
    if (!m_context.messages.confirm(this, tr("Sign"),
                                    tr("Mark the agreement as signed? Its fields can no longer "
                                       "be changed."),
                                    tr("Sign"))) {
        return false;
    }
    if (!report(agreements.sign(m_agreement.id, m_agreement.version), tr("Sign"))) {
        return false;
    }
    load(m_agreement.id);
    Q_EMIT changed(m_agreement.id);
    return true;
}

bool AgreementEditor::endAgreement()
{
    if (!m_context.messages.confirm(this, tr("End"), tr("Mark the agreement as ended?"),
                                    tr("End"))) {
        return false;
    }
    if (!report(
            db::AgreementRepository(m_context.database).end(m_agreement.id, m_agreement.version),
            tr("End"))) {
        return false;
    }
    load(m_agreement.id);
    Q_EMIT changed(m_agreement.id);
    return true;
}

bool AgreementEditor::cancelAgreement()
{
    if (!m_context.messages.confirm(this, tr("Cancel agreement"),
                                    tr("Cancel the agreement? This cannot be undone."),
                                    tr("Cancel agreement"))) {
        return false;
    }
    if (!report(
            db::AgreementRepository(m_context.database).cancel(m_agreement.id, m_agreement.version),
            tr("Cancel agreement"))) {
        return false;
    }
    load(m_agreement.id);
    Q_EMIT changed(m_agreement.id);
    return true;
}

bool AgreementEditor::renew()
{
    auto id = db::AgreementRepository(m_context.database).renew(m_agreement.id);
    if (!id) {
        return report(id.error(), tr("Renew"));
    }
    load(*id);
    Q_EMIT changed(*id);
    return true;
}

void AgreementEditor::printPreview()
{
    if (m_agreement.id > 0 && ensureSaved()) {
        MouPrinter(m_context, this).preview(m_agreement.id);
    }
}

void AgreementEditor::exportDocument()
{
    if (m_agreement.id > 0 && ensureSaved()) {
        MouPrinter(m_context, this).exportFile(m_agreement.id);
    }
}

void AgreementEditor::attachScan()
{
    if (!ensureSaved() || m_agreement.id == 0) {
        return;
    }
    const QString source = m_context.fileDialogs.openFile(this, tr("Attach the signed copy"),
                                                          tr("Scans (*.pdf *.png *.jpg *.jpeg)"));
    if (source.isEmpty()) {
        return;
    }
    auto stored = db::AttachmentStore(m_context.database).importFile(source, QStringLiteral("mou"));
    if (!stored) {
        report(stored.error(), tr("Signed copy"));
        return;
    }
    // The scan may be attached in any status: it is the record of the signing.
    db::Agreement agreement = m_agreement;
    agreement.scanPath = *stored;
    if (report(db::AgreementRepository(m_context.database).update(agreement), tr("Signed copy"))) {
        load(agreement.id);
        Q_EMIT changed(agreement.id);
    }
}

void AgreementEditor::openScan()
{
    auto path = db::AttachmentStore(m_context.database).absolutePath(m_agreement.scanPath);
    if (!path) {
        report(path.error(), tr("Signed copy"));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path))) {
        m_context.messages.warning(this, tr("Signed copy"),
                                   tr("No program could open %1.").arg(*path));
    }
}

} // namespace sisambang::ui
