// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback.h"

#include "common/messages.h"
#include "context.h"

namespace sisambang::ui {

bool Feedback::check(const db::Status &status, const QString &title) const
{
    if (status) {
        return true;
    }
    m_context.messages.warning(m_parent, title, status.error().message);
    return false;
}

void Feedback::warn(const QString &title, const QString &text) const
{
    m_context.messages.warning(m_parent, title, text);
}

bool Feedback::confirm(const QString &title, const QString &text, const QString &yesText) const
{
    return m_context.messages.confirm(m_parent, title, text, yesText);
}

} // namespace sisambang::ui
