// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sisambang::ui {

struct Context;

// How the Kegiatan page tells the clerk that a change failed. The repositories'
// messages already say what happened (a change made elsewhere in the meantime
// says so and asks for a reload); every caller shows the records again as they
// are now after a failure, so a version conflict ends with the current data.
class Feedback
{
    Q_DECLARE_TR_FUNCTIONS(Feedback)

public:
    Feedback(Context &context, QWidget *parent)
        : m_context(context)
        , m_parent(parent)
    {
    }

    // True when `status` succeeded; otherwise tells why under `title`.
    bool check(const db::Status &status, const QString &title) const;
    template<typename T> bool check(const db::Result<T> &result, const QString &title) const
    {
        return result ? true : check(db::Status(result.error()), title);
    }
    void warn(const QString &title, const QString &text) const;
    bool confirm(const QString &title, const QString &text, const QString &yesText) const;

private:
    Context &m_context;
    QWidget *m_parent;
};

} // namespace sisambang::ui
