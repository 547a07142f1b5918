// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace sisambang::ui {

// Help > About SiSambang: version, the program's licence, and the licences and
// sources of the data it ships (regions under MIT, holidays from the SKB).
class AboutDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The region data's MIT notice as shipped in the program.
    static QString regionLicenceText();
};

} // namespace sisambang::ui
