// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace sisambang::ui {

// The validation message shown right under a form field: hidden while the
// field is fine, red text naming the problem when it is not.
class FieldMessage : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(QWidget *parent = nullptr);
    ~FieldMessage() override;

    void showError(const QString &message);
    void clear();
    bool hasError() const { return !text().isEmpty(); }
};

// A form field with its message right under it, as one widget for a form row.
// The pair keeps its own height: extra room goes below the form, not around it.
QWidget *fieldWithMessage(QWidget *field, FieldMessage *message, QWidget *parent);

} // namespace sisambang::ui
