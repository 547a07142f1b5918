// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmessage.h"

namespace sisambang::ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    setPalette(colours);
    hide();
}

FieldMessage::~FieldMessage() = default;

void FieldMessage::showError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldMessage::clear()
{
    QLabel::clear();
    hide();
}

} // namespace sisambang::ui
