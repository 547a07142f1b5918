// SPDX-License-Identifier: GPL-3.0-or-later
#include "partyeditor.h"

#include "common/messages.h"
#include "context.h"
#include "institutions.h"
#include "stakeholderquery.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sisambang::ui {

namespace {

QString partyTitle(int ordinal)
{
    switch (ordinal) {
    case 1:
        return PartyEditor::tr("First party (the office)");
    case 2:
        return PartyEditor::tr("Second party");
    default:
        return PartyEditor::tr("Party %1").arg(ordinal);
    }
}

} // namespace

PartyEditor::PartyEditor(Context &context, int ordinal, QWidget *parent)
    : QGroupBox(partyTitle(ordinal), parent)
    , m_context(context)
    , m_institution(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_matches(new QComboBox(this))
    , m_snapshot(new QLabel(this))
{
    m_party.ordinal = ordinal;
    setObjectName(QStringLiteral("party%1").arg(ordinal));
    auto *form = new QFormLayout(this);
    // Long institution names and matches must not widen the page past the window.
    for (QComboBox *box : {m_institution, m_matches}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(20);
    }
    auto institutions = db::InstitutionRepository(context.database).list();
    m_institution->addItem(tr("(choose an institution)"), qint64(0));
    if (institutions) {
        for (const db::Institution &institution : *institutions) {
            m_institution->addItem(institution.name, institution.id);
        }
    }
    form->addRow(tr("Institution"), m_institution);
    m_number->setPlaceholderText(tr("the party's own number for this agreement"));
    form->addRow(tr("Number"), m_number);
    m_search->setPlaceholderText(tr("Search the register by name"));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("Signatory"), m_search);
    auto *choose = new QPushButton(tr("Use"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_matches, 1);
    row->addWidget(choose);
    form->addRow(QString(), row);
    m_snapshot->setWordWrap(true);
    m_snapshot->setTextFormat(Qt::PlainText);
    form->addRow(tr("As signed"), m_snapshot);
    showSnapshot();

    connect(m_search, &QLineEdit::textChanged, this, &PartyEditor::search);
    connect(choose, &QPushButton::clicked, this, [this] {
        if (m_matches->currentIndex() >= 0) {
            chooseSignatory(m_matches->currentData().toLongLong());
        }
    });
    connect(m_institution, &QComboBox::currentIndexChanged, this, [this] {
        m_party.institutionId = m_institution->currentData().toLongLong();
        m_party.institutionName = m_institution->currentText();
        Q_EMIT institutionChanged(m_party.institutionId);
        Q_EMIT edited();
    });
    connect(m_number, &QLineEdit::textEdited, this, &PartyEditor::edited);
}

PartyEditor::~PartyEditor() = default;

void PartyEditor::setParty(const db::AgreementParty &party)
{
    m_party = party;
    const QSignalBlocker blocker(m_institution);
    m_institution->setCurrentIndex(std::max(0, m_institution->findData(party.institutionId)));
    m_number->setText(party.letterNumber);
    m_search->clear();
    m_matches->clear();
    showSnapshot();
}

db::AgreementParty PartyEditor::party() const
{
    db::AgreementParty party = m_party;
    party.institutionId = m_institution->currentData().toLongLong();
    party.institutionName = m_institution->currentText();
    party.letterNumber = m_number->text().trimmed();
    return party;
}

void PartyEditor::search(const QString &text)
{
    m_matches->clear();
    if (text.trimmed().size() < 2) {
        return;
    }
    db::StakeholderFilter filter;
    filter.text = text;
    auto rows = db::StakeholderQuery(m_context.database)
                    .page(filter, db::StakeholderSort::Name, Qt::AscendingOrder, 0, 30);
    if (!rows) {
        return;
    }
    for (const db::StakeholderRow &row : *rows) {
        const QString label =
            row.jabatan.isEmpty()
                ? row.fullName
                : tr("%1 (%2, %3)").arg(row.fullName, row.jabatan, row.institutionName);
        m_matches->addItem(label, row.personId);
    }
}

bool PartyEditor::chooseSignatory(qint64 personId)
{
    db::AgreementParty party = this->party();
    auto taken =
        db::AgreementRepository(m_context.database).takeSnapshot(party, personId, m_signingDate);
    if (!taken) {
        m_context.messages.warning(this, tr("Signatory"), taken.error().message);
        return false;
    }
    m_party = party;
    showSnapshot();
    Q_EMIT edited();
    return true;
}

void PartyEditor::showSnapshot()
{
    if (m_party.signatoryName.isEmpty()) {
        m_snapshot->setText(tr("No signatory chosen."));
        return;
    }
    QStringList lines{m_party.signatoryName};
    if (!m_party.signatoryJabatan.isEmpty()) {
        lines << m_party.signatoryJabatan;
    }
    if (!m_party.signatoryNip.isEmpty()) {
        lines << tr("NIP %1").arg(m_party.signatoryNip);
    }
    m_snapshot->setText(lines.join(u'\n'));
}

} // namespace sisambang::ui
