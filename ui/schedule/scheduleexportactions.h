// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduleexport.h"

#include <QCoreApplication>

class QWidget;

namespace sisambang::ui {

struct Context;

// The page's export buttons: ask for the file, refuse a wrong extension or a
// file that exists (nothing is overwritten), write through the exporter and
// report a failure. Each returns the path written, or "" when nothing was.
class ScheduleExportActions
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleExportActions)

public:
    ScheduleExportActions(Context &context, QWidget *parent, ScheduleExporter &exporter)
        : m_context(context)
        , m_parent(parent)
        , m_exporter(exporter)
    {
    }

    QString pdf(const ScheduleExportData &data);
    QString spreadsheet(const ScheduleExportData &data);

private:
    bool usable(const QString &path, const QStringList &suffixes, const QString &wrongSuffix);
    void recordExport(const QString &path);

    Context &m_context;
    QWidget *m_parent;
    ScheduleExporter &m_exporter;
};

} // namespace sisambang::ui
