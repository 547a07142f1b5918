// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace sisambang::ui {

struct Context;
class OfficeProfileForm;
class RegionPage;

// First-run setup of a new database: the kabupaten/kota the office serves,
// then its profile. Finishing saves the profile with db::OfficeProfileStore;
// cancelling leaves the database unconfigured (the wizard returns next time).
class FirstRunWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    enum PageId { IntroPage, RegionPageId, ProfilePageId };

    explicit FirstRunWizard(Context &context, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    RegionPage *regionPage() const { return m_regionPage; }
    OfficeProfileForm *profileForm() const { return m_profileForm; }

private:
    RegionPage *m_regionPage;
    OfficeProfileForm *m_profileForm;
};

} // namespace sisambang::ui
