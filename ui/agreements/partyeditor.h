// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreements.h"

#include <QDate>
#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sisambang::ui {

struct Context;

// One party of an agreement: its institution, its own letter number and its
// signatory, searched by name in the register; shows the snapshot (name,
// jabatan, NIP as of the signing date) that the document will print.
class PartyEditor : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartyEditor)

public:
    PartyEditor(Context &context, int ordinal, QWidget *parent = nullptr);
    ~PartyEditor() override;

    void setParty(const db::AgreementParty &party);
    db::AgreementParty party() const;
    // The date the signatory's jabatan is read for.
    void setSigningDate(const QDate &date) { m_signingDate = date; }
    // Chooses the signatory (the register's person id); used by the search box.
    bool chooseSignatory(qint64 personId);
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *matches() const { return m_matches; }
    QLineEdit *numberEdit() const { return m_number; }

Q_SIGNALS:
    void institutionChanged(qint64 institutionId);
    void edited();

private:
    void search(const QString &text);
    void showSnapshot();

    Context &m_context;
    db::AgreementParty m_party;
    QDate m_signingDate;
    QComboBox *m_institution = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_matches = nullptr;
    QLabel *m_snapshot = nullptr;
};

} // namespace sisambang::ui
