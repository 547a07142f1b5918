// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clashes.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace sisambang::ui {

class FieldMessage;

// The clashes of an activity being edited or moved, shown before it is saved:
// a warning sign and one line per clash, and while any is not yet accepted a
// field for the reason the clerk accepts them with.
class ClashPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClashPanel)

public:
    explicit ClashPanel(QWidget *parent = nullptr);
    ~ClashPanel() override;

    void setClashes(const QList<db::Clash> &clashes);
    const QList<db::Clash> &clashes() const { return m_clashes; }
    QList<db::Clash> openClashes() const;
    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }

    // True when nothing is open or a reason is given; else says what is missing.
    bool checkReason();
    // Keeps the reason for every open clash. `candidateId` is the id the
    // candidate activity got when saved (clashes found before it had one).
    db::Status acceptOpen(db::ClashDetector &detector, qint64 candidateId) const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QLineEdit *m_reason;
    FieldMessage *m_message;
    QList<db::Clash> m_clashes;
};

} // namespace sisambang::ui
