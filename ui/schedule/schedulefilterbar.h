// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulesnapshot.h"

#include <QWidget>

class QComboBox;

namespace sisambang::ui {

struct Context;

// The filters of page "Jadwal": kecamatan, officer, status and agreement.
class ScheduleFilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleFilterBar)

public:
    ScheduleFilterBar(Context &context, const QString &regencyCode, QWidget *parent = nullptr);
    ~ScheduleFilterBar() override;

    ScheduleSelection selection() const;
    // The filters in force as the printed schedule names them, in Indonesian
    // whatever the interface language ("Kecamatan Koba", "Status: Ditunda").
    QStringList printedFilters() const;
    // Re-reads officers and agreements (after the register changed).
    void reload();

    QComboBox *kecamatan() const { return m_kecamatan; }
    QComboBox *officer() const { return m_officer; }
    QComboBox *status() const { return m_status; }
    QComboBox *agreement() const { return m_agreement; }

Q_SIGNALS:
    void changed();

private:
    Context &m_context;
    QString m_regencyCode;
    QComboBox *m_kecamatan;
    QComboBox *m_officer;
    QComboBox *m_status;
    QComboBox *m_agreement;
};

} // namespace sisambang::ui
