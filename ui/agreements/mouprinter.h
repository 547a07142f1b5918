// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace sisambang::ui {

struct Context;

// Print preview, printing and export of an agreement's MoU document, each
// through the one document pipeline and recorded in the audit log.
class MouPrinter
{
    Q_DECLARE_TR_FUNCTIONS(MouPrinter)

public:
    MouPrinter(Context &context, QWidget *parent)
        : m_context(context)
        , m_parent(parent)
    {
    }

    void preview(qint64 agreementId);
    // Asks for a .pdf or .odt file name; returns the path written, or empty.
    QString exportFile(qint64 agreementId);

private:
    Context &m_context;
    QWidget *m_parent;
};

} // namespace sisambang::ui
