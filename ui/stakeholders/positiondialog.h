// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace sisambang::ui {

struct Context;
class FieldMessage;

// Adds a position to a person: jabatan, institution (of the office's
// regions), how it is held (definitive, Plt., Pj.) and the dates.
class PositionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionDialog)

public:
    PositionDialog(Context &context, const QString &kabupatenCode, qint64 personId,
                   QWidget *parent = nullptr);
    ~PositionDialog() override;

    // Checks and stores; false with the messages shown when something is wrong.
    bool save();
    qint64 positionId() const { return m_positionId; }
    QString fieldMessage(const QString &field) const;

    QLineEdit *titleField() const { return m_title; }
    QComboBox *institutionBox() const { return m_institution; }
    QComboBox *actingBox() const { return m_acting; }
    QDateEdit *startField() const { return m_start; }
    QCheckBox *endedBox() const { return m_ended; }
    QDateEdit *endField() const { return m_end; }

    void accept() override;

private:
    Context &m_context;
    qint64 m_personId;
    qint64 m_positionId = 0;
    QLineEdit *m_title;
    QComboBox *m_institution;
    QComboBox *m_acting;
    QDateEdit *m_start;
    QCheckBox *m_ended;
    QDateEdit *m_end;
    FieldMessage *m_titleMessage;
    FieldMessage *m_institutionMessage;
    FieldMessage *m_endMessage;
};

// Ends a current position on its last day in office.
class EndPositionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndPositionDialog)

public:
    EndPositionDialog(Context &context, qint64 positionId, QWidget *parent = nullptr);
    ~EndPositionDialog() override;

    bool save();
    QDateEdit *lastDayField() const { return m_lastDay; }
    void accept() override;

private:
    Context &m_context;
    qint64 m_positionId;
    QDateEdit *m_lastDay;
    FieldMessage *m_message;
};

} // namespace sisambang::ui
