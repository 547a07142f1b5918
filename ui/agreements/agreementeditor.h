// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreements.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sisambang::ui {

class ArticleEditor;
class PartyEditor;
struct Context;
class VillageChecklist;

// Every field of one agreement, its parties, desa and articles, and the
// actions on it: save, number, sign, end, cancel, renew, print, export, scan.
class AgreementEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementEditor)

public:
    explicit AgreementEditor(Context &context, QWidget *parent = nullptr);
    ~AgreementEditor() override;

    // A new draft with the office as first party and the default articles.
    void newAgreement();
    void load(qint64 id);
    qint64 agreementId() const { return m_agreement.id; }
    const db::Agreement &agreement() const { return m_agreement; }

    bool save();
    bool issueNumber();
    bool sign();
    bool endAgreement();
    bool cancelAgreement();
    bool renew();
    void printPreview();
    void exportDocument();
    void attachScan();
    void openScan();

    PartyEditor *partyEditor(int ordinal) const;

Q_SIGNALS:
    // An agreement was saved or changed status: the list refreshes.
    void changed(qint64 id);

private:
    void show(const db::Agreement &agreement);
    db::Agreement collect() const;
    void updateActions();
    bool ensureSaved();
    bool report(const db::Status &status, const QString &title);

    Context &m_context;
    db::Agreement m_agreement;
    QString m_regencyCode;
    QLabel *m_status = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_programme = nullptr;
    QDateEdit *m_signedOn = nullptr;
    QLineEdit *m_place = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QLineEdit *m_purpose = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_classification = nullptr;
    QLabel *m_scan = nullptr;
    QList<PartyEditor *> m_parties;
    VillageChecklist *m_villages = nullptr;
    ArticleEditor *m_articles = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_number = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_openScan = nullptr;
};

} // namespace sisambang::ui
