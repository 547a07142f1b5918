// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduleplans.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace sisambang::ui {

class TeamEditor;
struct Context;

// What the clerk asks of the generator: the MoU (drafts allowed, marked), the
// window, visits a day (K) and per desa (N), extra days off, officer teams,
// whether desa already visited are planned again, and the topic.
class GeneratorOptions : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneratorOptions)

public:
    GeneratorOptions(Context &context, const QString &regencyCode, QWidget *parent = nullptr);
    ~GeneratorOptions() override;

    db::PlanOptions options() const;
    // Chooses the agreement; the window follows its validity.
    bool setAgreement(qint64 id);
    void addBlackout(const QDate &date);

    QComboBox *agreementBox() const { return m_agreement; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QSpinBox *perDayBox() const { return m_perDay; }
    QSpinBox *visitsBox() const { return m_visits; }
    QListWidget *blackouts() const { return m_blackouts; }
    TeamEditor *teams() const { return m_teams; }
    QCheckBox *includeVisitedBox() const { return m_includeVisited; }

Q_SIGNALS:
    void changed();

private:
    void agreementChosen();

    Context &m_context;
    QComboBox *m_agreement;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_perDay;
    QSpinBox *m_visits;
    QDateEdit *m_blackoutDate;
    QListWidget *m_blackouts;
    TeamEditor *m_teams;
    QCheckBox *m_includeVisited;
    QLineEdit *m_topic;
};

} // namespace sisambang::ui
