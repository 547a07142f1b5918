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

} // namespace sisambang::ui
