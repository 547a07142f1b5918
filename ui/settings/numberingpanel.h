// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sisambang::ui {

struct Context;
class FieldMessage;

// Pengaturan > Penomoran Surat: the format the office's letter numbers follow
// (with a live example) and the classification codes they use.
class NumberingPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberingPanel)

public:
    explicit NumberingPanel(Context &context, QWidget *parent = nullptr);
    ~NumberingPanel() override;

    // Saves the format and every classification row; false (with messages next
    // to the fields) when something is refused, and then nothing is written.
    bool save();
    void reload();
    void addClassification();

private:
    void updateExample();

    Context &m_context;
    QLineEdit *m_format;
    FieldMessage *m_formatMessage;
    QLabel *m_example;
    QTableWidget *m_codes;
    FieldMessage *m_codesMessage;
    QPushButton *m_add;
    QPushButton *m_save;
};

} // namespace sisambang::ui
