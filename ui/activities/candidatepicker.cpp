// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatepicker.h"

#include "context.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

CandidatePicker::CandidatePicker(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_scope(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_invite(new QPushButton(tr("&Invite chosen"), this))
{
    m_scope->setObjectName(QStringLiteral("candidateScope"));
    m_scope->addItem(tr("This desa"), false);
    m_scope->addItem(tr("Whole kecamatan"), true);
    m_kind->setObjectName(QStringLiteral("candidateKind"));
    m_kind->addItem(tr("All institutions"), -1);
    for (db::InstitutionKind kind : db::StakeholderKinds::institutionKinds()) {
        m_kind->addItem(db::StakeholderKinds::label(kind), static_cast<int>(kind));
    }
    m_search->setObjectName(QStringLiteral("candidateSearch"));
    m_search->setPlaceholderText(tr("Name, jabatan or institution"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("candidateTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Name"), tr("Jabatan"), tr("Institution")});
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_invite->setObjectName(QStringLiteral("inviteCandidate"));
    m_invite->setToolTip(tr("Adds the chosen people at the end of the list (Enter)"));

    auto *title = new QLabel(tr("<b>From the register</b>"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_kind, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_invite, 0, Qt::AlignRight);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &CandidatePicker::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CandidatePicker::reload);
    connect(m_search, &QLineEdit::textChanged, this, &CandidatePicker::reload);
    connect(m_invite, &QPushButton::clicked, this, &CandidatePicker::inviteCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, &CandidatePicker::inviteCurrent);
}

CandidatePicker::~CandidatePicker() = default;

void CandidatePicker::setActivity(qint64 activityId)
{
    m_activityId = activityId;
    reload();
}

void CandidatePicker::reload()
{
    m_tree->clear();
    m_candidates.clear();
    if (m_activityId == 0) {
        return;
    }
    db::CandidateFilter filter;
    filter.wholeKecamatan = m_scope->currentData().toBool();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0) {
        filter.institutionKind = static_cast<db::InstitutionKind>(kind);
    }
    filter.text = m_search->text().simplified();
    auto found = db::ParticipantRepository(m_context.database).candidates(m_activityId, filter);
    if (!found) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, found.error().message);
        return;
    }
    m_candidates = *found;
    for (int index = 0; index < m_candidates.size(); ++index) {
        const db::ParticipantCandidate &candidate = m_candidates.at(index);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, Qt::UserRole, index);
        item->setText(0, candidate.name);
        item->setText(1, candidate.jabatan);
        item->setText(2, candidate.institution);
        if (candidate.invited) {
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
            item->setToolTip(0, tr("Invited already"));
            for (int column = 0; column < 3; ++column) {
                item->setForeground(column,
                                    m_tree->palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    for (int column = 0; column < 3; ++column) {
        m_tree->resizeColumnToContents(column);
    }
}

bool CandidatePicker::choose(const QString &name)
{
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_tree->topLevelItem(row);
        if (item->text(0) == name && (item->flags() & Qt::ItemIsSelectable)) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void CandidatePicker::inviteCurrent()
{
    QList<QTreeWidgetItem *> chosen = m_tree->selectedItems();
    if (chosen.isEmpty() && m_tree->currentItem()) {
        chosen << m_tree->currentItem();
    }
    // In the order listed, so that a block chosen at once keeps its order.
    std::sort(chosen.begin(), chosen.end(), [this](QTreeWidgetItem *a, QTreeWidgetItem *b) {
        return m_tree->indexOfTopLevelItem(a) < m_tree->indexOfTopLevelItem(b);
    });
    // Read first: each invitation reloads the list.
    QList<std::pair<qint64, qint64>> invitations;
    for (QTreeWidgetItem *item : chosen) {
        const QVariant index = item->data(0, Qt::UserRole);
        if (index.isValid() && (item->flags() & Qt::ItemIsSelectable)) {
            const db::ParticipantCandidate &candidate = m_candidates.at(index.toInt());
            invitations.append({candidate.personId, candidate.positionId});
        }
    }
    for (const auto &[personId, positionId] : invitations) {
        Q_EMIT inviteRequested(personId, positionId);
    }
}

} // namespace sisambang::ui
