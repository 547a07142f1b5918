// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sisambang::ui {

struct Context;
class FieldMessage;

// "Replace holder": ends the current holder's position the day before the
// successor starts and appoints the successor, chosen by searching the
// register. The old position stays in the history.
class ReplaceHolderDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplaceHolderDialog)

public:
    // How many people a search lists at most.
    static constexpr int candidateLimit = 50;

    ReplaceHolderDialog(Context &context, qint64 positionId, QWidget *parent = nullptr);
    ~ReplaceHolderDialog() override;

    bool save();
    qint64 newPositionId() const { return m_newPositionId; }
    QString message() const;

    QLineEdit *searchField() const { return m_search; }
    QListWidget *candidateList() const { return m_candidates; }
    QDateEdit *fromField() const { return m_from; }
    QComboBox *actingBox() const { return m_acting; }
    // Lists the people matching the search text.
    void search();

    void accept() override;

private:
    Context &m_context;
    qint64 m_positionId;
    qint64 m_holderId = 0;
    qint64 m_newPositionId = 0;
    QLabel *m_current;
    QLineEdit *m_search;
    QListWidget *m_candidates;
    QDateEdit *m_from;
    QComboBox *m_acting;
    FieldMessage *m_message;
};

} // namespace sisambang::ui
