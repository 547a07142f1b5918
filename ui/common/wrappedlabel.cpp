// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappedlabel.h"

#include <QEvent>

namespace sisambang::ui {

WrappedLabel::WrappedLabel(QWidget *parent)
    : WrappedLabel(QString(), parent)
{
}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::~WrappedLabel() = default;

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return {text(),   font(),   textFormat(),      alignment(),    wordWrap(),
            margin(), indent(), contentsMargins(), maximumWidth(), sizePolicy()};
}

void WrappedLabel::validate() const
{
    Key key = currentKey();
    if (m_valid && key == m_key) {
        return;
    }
    m_key = std::move(key);
    m_valid = true;
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.fill({});
}

int WrappedLabel::heightForWidth(int width) const
{
    validate();
    for (const Measured &one : m_heights) {
        if (one.width == width) {
            return one.height;
        }
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % m_heights.size();
    return height;
}

QSize WrappedLabel::sizeHint() const
{
    validate();
    if (!m_sizeHint.isValid()) {
        m_sizeHint = QLabel::sizeHint();
    }
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    validate();
    if (!m_minimumSizeHint.isValid()) {
        m_minimumSizeHint = QLabel::minimumSizeHint();
    }
    return m_minimumSizeHint;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // Style, palette-independent font resolution and the like: measure anew.
    m_valid = false;
    QLabel::changeEvent(event);
}

} // namespace sisambang::ui
