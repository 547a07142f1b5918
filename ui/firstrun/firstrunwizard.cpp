// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrunwizard.h"

#include "common/icons.h"
#include "common/messages.h"
#include "context.h"
#include "officeprofile.h"
#include "regionpage.h"
#include "settings/officeprofileform.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizardPage>

namespace sisambang::ui {

namespace {

class IntroductionPage : public QWizardPage
{
public:
    explicit IntroductionPage(QWidget *parent)
        : QWizardPage(parent)
    {
        setTitle(FirstRunWizard::tr("Welcome to SiSambang"));
        auto *text = new QLabel(
            FirstRunWizard::tr(
                "<p>SiSambang keeps the Sambang Pengawasan work of a Bawaslu Kabupaten/Kota: "
                "the register of stakeholders, the MoUs with the kecamatan, the schedule of "
                "visits to every kelurahan/desa, attendance sheets, minutes and the monthly "
                "recap.</p>"
                "<p>This database is new. Two steps set it up for your office:</p>"
                "<ol><li>the kabupaten/kota the office supervises;</li>"
                "<li>the office profile: name, address, letterhead logo, the Ketua and the "
                "Kepala Sekretariat, paper size and the unit code of letter numbers.</li></ol>"
                "<p>Everything but the kabupaten/kota can be changed later under "
                "<b>Pengaturan</b>.</p>"),
            this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(text);
        layout->addStretch();
    }
};

class ProfilePage : public QWizardPage
{
public:
    ProfilePage(Context &context, OfficeProfileForm *form, RegionPage *regionPage, QWidget *parent)
        : QWizardPage(parent)
        , m_context(context)
        , m_form(form)
        , m_regionPage(regionPage)
    {
        setTitle(FirstRunWizard::tr("Office profile"));
        setSubTitle(FirstRunWizard::tr("What the letterhead and the signature blocks of "
                                       "printed documents show. Only the office name is "
                                       "required now."));
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(form);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(scroll);
    }

    void initializePage() override
    {
        db::OfficeProfileStore store(m_context.database);
        auto name = store.defaultOfficeName(m_regionPage->regencyCode());
        if (name) {
            m_form->proposeOfficeName(*name);
        }
    }

    bool validatePage() override
    {
        if (!m_form->validate()) {
            return false;
        }
        db::OfficeProfile profile = m_form->profile();
        profile.regionCode = m_regionPage->regencyCode();
        db::OfficeProfileStore store(m_context.database);
        if (auto saved = store.save(profile); !saved) {
            m_context.messages.critical(this, FirstRunWizard::tr("Cannot Save the Profile"),
                                        saved.error().message);
            return false;
        }
        return true;
    }

private:
    Context &m_context;
    OfficeProfileForm *m_form;
    RegionPage *m_regionPage;
};

} // namespace

FirstRunWizard::FirstRunWizard(Context &context, QWidget *parent)
    : QWizard(parent)
    , m_regionPage(new RegionPage(context.database, this))
    , m_profileForm(new OfficeProfileForm(context.fileDialogs))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set Up SiSambang"));
    setWindowIcon(icon(IconId::Office));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    setPage(IntroPage, new IntroductionPage(this));
    setPage(RegionPageId, m_regionPage);
    setPage(ProfilePageId, new ProfilePage(context, m_profileForm, m_regionPage, this));
    resize(960, 680);
}

FirstRunWizard::~FirstRunWizard() = default;

} // namespace sisambang::ui
