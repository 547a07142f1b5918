// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "scheduleoffice.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sisambang::ui {

class ClashPanel;
class FieldMessage;
class OfficerTable;
class SlotEdit;
struct Context;

// Every field of one activity: kind, agreement, kecamatan and desa, venue
// (the desa office unless changed), date and time in the office's time zone,
// topic, officers with their roles, notes. Clashes show as the fields change
// and must be accepted with a reason before saving. A stored activity also
// gets its status actions and Reschedule (its date changes only that way).
class ActivityDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)

public:
    explicit ActivityDialog(Context &context, QWidget *parent = nullptr);
    ~ActivityDialog() override;

    void newActivity(const QDate &date);
    bool load(qint64 id);
    qint64 activityId() const { return m_activity.id; }
    const db::Activity &activity() const { return m_activity; }
    db::Activity collect() const;

    // Saves without closing; false (with the reason shown) when refused.
    bool save();
    void accept() override;
    bool changeStatus(db::ActivityStatus status);
    bool reschedule();

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *agreementBox() const { return m_agreement; }
    QComboBox *kecamatanBox() const { return m_kecamatan; }
    QComboBox *desaBox() const { return m_desa; }
    QLineEdit *venueEdit() const { return m_venue; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *topicEdit() const { return m_topic; }
    SlotEdit *slotEdit() const { return m_slot; }
    OfficerTable *officerTable() const { return m_officers; }
    ClashPanel *clashPanel() const { return m_clashes; }
    // Selects the desa (or kecamatan) by code.
    void setRegion(const QString &code);

Q_SIGNALS:
    // Stored, changed status or moved: the schedule refreshes.
    void changed(qint64 id);

private:
    void show(const db::Activity &activity);
    void fillDesa();
    void regionChanged();
    void suggestAgreement();
    void checkClashes();
    void updateActions();
    void showProblems(const QList<db::FieldProblem> &problems);
    void clearProblems();
    bool saveIfEdited();

    Context &m_context;
    ScheduleOffice m_office;
    db::Activity m_activity;
    QString m_defaultVenue;
    bool m_edited = false;
    bool m_loading = false;
    bool m_agreementChosen = false;
    QMap<qint64, QStringList> m_coverage; // signed MoUs and the desa they cover
    QLabel *m_status;
    QComboBox *m_kind;
    QComboBox *m_agreement;
    QComboBox *m_kecamatan;
    QComboBox *m_desa;
    QLineEdit *m_title;
    QLineEdit *m_venue;
    SlotEdit *m_slot;
    QPushButton *m_reschedule;
    QLineEdit *m_topic;
    OfficerTable *m_officers;
    QPlainTextEdit *m_notes;
    ClashPanel *m_clashes;
    FieldMessage *m_general;
    QHash<QString, FieldMessage *> m_messages;
    QMap<db::ActivityStatus, QPushButton *> m_statusButtons;
};

} // namespace sisambang::ui
