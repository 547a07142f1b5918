// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "officeprofile.h"

#include <QWidget>

#include <array>

class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sisambang::ui {

class FieldMessage;
class FileDialogs;

// The office profile as a form: name, contact details, letterhead logo, the
// heads and their NIP, paper size and unit code. Used by the first-run wizard
// and by Pengaturan. It checks its fields (messages next to each) but does not
// save: the caller stores profile() with db::OfficeProfileStore.
class OfficeProfileForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeProfileForm)

public:
    explicit OfficeProfileForm(FileDialogs &fileDialogs, QWidget *parent = nullptr);
    ~OfficeProfileForm() override;

    // Fills the fields; the region code is kept and returned by profile().
    void setProfile(const db::OfficeProfile &profile);
    db::OfficeProfile profile() const;

    // Proposes an office name for a newly chosen region; a name the user typed stays.
    void proposeOfficeName(const QString &name);

    // Checks every field, shows a message next to each that is wrong, focuses
    // the first of them; true when all are fine.
    bool validate();

    // Longest side of the stored logo, in pixels: sharp on a printed letterhead
    // without bloating the database.
    static constexpr int maxLogoSize = 600;

Q_SIGNALS:
    void edited();

private:
    QLineEdit *addField(const QString &objectName, FieldMessage **message = nullptr);
    void chooseLogo();
    void setLogo(const QByteArray &png);
    bool validateName();
    bool validatePhone();
    bool validateEmail();
    bool validateNip(QLineEdit *field, FieldMessage *message);
    bool validateUnitCode();

    FileDialogs &m_fileDialogs;
    QString m_regionCode;
    QString m_proposedName;
    QByteArray m_logoPng;

    QLineEdit *m_officeName;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLabel *m_logoPreview;
    QPushButton *m_removeLogo;
    QLineEdit *m_chairName;
    QLineEdit *m_chairNip;
    QLineEdit *m_secretaryName;
    QLineEdit *m_secretaryNip;
    QComboBox *m_paper;
    std::array<QSpinBox *, 4> m_margins{}; // left, top, right, bottom (mm)
    QLineEdit *m_unitCode;

    FieldMessage *m_officeNameMessage = nullptr;
    FieldMessage *m_phoneMessage = nullptr;
    FieldMessage *m_emailMessage = nullptr;
    FieldMessage *m_logoMessage = nullptr;
    FieldMessage *m_chairNipMessage = nullptr;
    FieldMessage *m_secretaryNipMessage = nullptr;
    FieldMessage *m_unitCodeMessage = nullptr;
};

} // namespace sisambang::ui
