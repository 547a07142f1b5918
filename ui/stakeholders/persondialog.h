// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sisambang::ui {

struct Context;
class FieldMessage;

// One person of the register: the name with titles kept apart (and the
// printed name previewed live), contact details, category and place, with a
// validation message under each field; and, once saved, the positions they
// held over time with add, end and "replace holder".
class PersonDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)

public:
    // personId 0: a new person.
    PersonDialog(Context &context, const QString &kabupatenCode, qint64 personId,
                 QWidget *parent = nullptr);
    ~PersonDialog() override;

    // Checks and stores the form; false (nothing stored) when a field is wrong,
    // a likely duplicate was not confirmed, or another program changed the person.
    bool save();
    qint64 personId() const { return m_person.id; }
    // Set when the clerk chose to open an existing person instead of adding a duplicate.
    qint64 openInstead() const { return m_openInstead; }
    QString fieldMessage(const QString &field) const;
    QString previewText() const;

    QLineEdit *prefixField() const { return m_prefix; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *suffixField() const { return m_suffix; }
    QPlainTextEdit *phoneField() const { return m_phones; }
    QLineEdit *emailField() const { return m_email; }
    QComboBox *regionBox() const { return m_region; }
    QListWidget *historyList() const { return m_history; }

    void accept() override;

private:
    void load(qint64 personId);
    void showPerson();
    db::Person personFromForm() const;
    void updatePreview();
    void showProblems(const QList<db::FieldProblem> &problems);
    void refreshHistory();
    void addPosition();
    void endPosition();
    void replaceHolder();
    qint64 selectedPositionId() const;

    Context &m_context;
    QString m_kabupaten;
    db::Person m_person;
    qint64 m_openInstead = 0;
    QLineEdit *m_prefix;
    QLineEdit *m_name;
    QLineEdit *m_suffix;
    QLabel *m_preview;
    QComboBox *m_gender;
    QPlainTextEdit *m_phones;
    QLineEdit *m_email;
    QComboBox *m_category;
    QComboBox *m_region;
    QPlainTextEdit *m_notes;
    QHash<QString, FieldMessage *> m_messages;
    QListWidget *m_history;
    QPushButton *m_addPosition;
    QPushButton *m_endPosition;
    QPushButton *m_replace;
};

} // namespace sisambang::ui
