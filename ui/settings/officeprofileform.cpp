// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeprofileform.h"

#include "common/fieldmessage.h"
#include "common/filedialogs.h"
#include "common/icons.h"

#include <QBuffer>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

constexpr int previewSize = 88;
constexpr int nipDigits = 18;

} // namespace

OfficeProfileForm::OfficeProfileForm(FileDialogs &fileDialogs, QWidget *parent)
    : QWidget(parent)
    , m_fileDialogs(fileDialogs)
{
    m_officeName = addField(QStringLiteral("officeName"), &m_officeNameMessage);
    m_address = addField(QStringLiteral("address"));
    m_phone = addField(QStringLiteral("phone"), &m_phoneMessage);
    m_email = addField(QStringLiteral("email"), &m_emailMessage);
    m_chairName = addField(QStringLiteral("chairName"));
    m_chairNip = addField(QStringLiteral("chairNip"), &m_chairNipMessage);
    m_secretaryName = addField(QStringLiteral("secretaryName"));
    m_secretaryNip = addField(QStringLiteral("secretaryNip"), &m_secretaryNipMessage);
    m_unitCode = addField(QStringLiteral("unitCode"), &m_unitCodeMessage);
    m_logoMessage = new FieldMessage(this);
    m_logoMessage->setObjectName(QStringLiteral("logoMessage"));

    m_officeName->setPlaceholderText(tr("e.g. Bawaslu Kabupaten Bangka Tengah"));
    m_address->setPlaceholderText(tr("Street, town, postal code"));
    m_phone->setPlaceholderText(tr("e.g. (0718) 123456"));
    m_email->setPlaceholderText(tr("e.g. nama@bawaslu.go.id"));
    m_chairNip->setPlaceholderText(tr("18 digits, if any"));
    m_secretaryNip->setPlaceholderText(tr("18 digits"));
    m_unitCode->setPlaceholderText(tr("e.g. K.BB-04"));
    m_unitCode->setToolTip(
        tr("Part of the office's letter numbers, e.g. 001/PM.04/K.BB-04/02/2023."));

    // Office: who the letterhead names.
    auto *office = new QGroupBox(tr("Office"), this);
    auto *officeForm = new QFormLayout(office);
    officeForm->addRow(tr("Office na&me:"),
                       fieldWithMessage(m_officeName, m_officeNameMessage, office));
    officeForm->addRow(tr("&Address:"), m_address);
    officeForm->addRow(tr("&Telephone:"), fieldWithMessage(m_phone, m_phoneMessage, office));
    officeForm->addRow(tr("&E-mail:"), fieldWithMessage(m_email, m_emailMessage, office));

    m_logoPreview = new QLabel(office);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(previewSize, previewSize);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setWordWrap(true);
    auto *chooseLogo = new QPushButton(icon(IconId::Image), tr("Choose &Image..."), office);
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo = new QPushButton(icon(IconId::Remove), tr("Remove"), office);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();
    auto *logoBox = new QWidget(office);
    auto *logoLayout = new QVBoxLayout(logoBox);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    logoLayout->addLayout(logoRow);
    logoLayout->addWidget(m_logoMessage);
    officeForm->addRow(tr("Letterhead logo:"), logoBox);

    // Heads: who signs.
    auto *heads = new QGroupBox(tr("Heads of the office"), this);
    auto *headsForm = new QFormLayout(heads);
    headsForm->addRow(tr("&Ketua:"), m_chairName);
    headsForm->addRow(tr("NIP Ketua:"), fieldWithMessage(m_chairNip, m_chairNipMessage, heads));
    headsForm->addRow(tr("Kepala &Sekretariat:"), m_secretaryName);
    headsForm->addRow(tr("NIP Kepala Sekretariat:"),
                      fieldWithMessage(m_secretaryNip, m_secretaryNipMessage, heads));

    // Documents: how letters look and are numbered.
    auto *documents = new QGroupBox(tr("Letters and documents"), this);
    auto *documentsForm = new QFormLayout(documents);
    m_paper = new QComboBox(documents);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("A4 (210 x 297 mm)"),
                     QVariant::fromValue(static_cast<int>(db::PaperSize::A4)));
    m_paper->addItem(tr("F4 / Folio (215 x 330 mm)"),
                     QVariant::fromValue(static_cast<int>(db::PaperSize::F4)));
    documentsForm->addRow(tr("Default &paper:"), m_paper);
    // Margins in mm, in the order offices state them: left, top, right, bottom.
    auto *margins = new QHBoxLayout;
    const QStringList marginNames{tr("left"), tr("top"), tr("right"), tr("bottom")};
    for (int i = 0; i < 4; ++i) {
        auto *spin = new QSpinBox(documents);
        spin->setObjectName(QStringLiteral("margin%1").arg(i));
        spin->setRange(5, 60);
        spin->setSuffix(tr(" mm"));
        spin->setToolTip(marginNames.at(i));
        spin->setAccessibleName(marginNames.at(i));
        m_margins[i] = spin;
        margins->addWidget(new QLabel(marginNames.at(i), documents));
        margins->addWidget(spin);
        connect(spin, &QSpinBox::valueChanged, this, &OfficeProfileForm::edited);
    }
    margins->addStretch(1);
    documentsForm->addRow(tr("Page margins:"), margins);
    documentsForm->addRow(tr("&Unit code:"),
                          fieldWithMessage(m_unitCode, m_unitCodeMessage, documents));
    auto *unitHint = new QLabel(
        tr("Used in letter numbers such as 001/PM.04/<b>K.BB-04</b>/02/2023."), documents);
    unitHint->setForegroundRole(QPalette::PlaceholderText);
    documentsForm->addRow(QString(), unitHint);

    for (QFormLayout *form : {officeForm, headsForm, documentsForm}) {
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    auto *right = new QVBoxLayout;
    right->addWidget(heads);
    right->addWidget(documents);
    right->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(office);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    connect(chooseLogo, &QPushButton::clicked, this, &OfficeProfileForm::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        setLogo({});
        Q_EMIT edited();
    });
    connect(m_paper, &QComboBox::currentIndexChanged, this, &OfficeProfileForm::edited);
    // Each field is checked when the user leaves it, so mistakes show at once.
    connect(m_officeName, &QLineEdit::editingFinished, this, &OfficeProfileForm::validateName);
    connect(m_phone, &QLineEdit::editingFinished, this, &OfficeProfileForm::validatePhone);
    connect(m_email, &QLineEdit::editingFinished, this, &OfficeProfileForm::validateEmail);
    connect(m_chairNip, &QLineEdit::editingFinished, this,
            [this] { validateNip(m_chairNip, m_chairNipMessage); });
    connect(m_secretaryNip, &QLineEdit::editingFinished, this,
            [this] { validateNip(m_secretaryNip, m_secretaryNipMessage); });
    connect(m_unitCode, &QLineEdit::editingFinished, this, &OfficeProfileForm::validateUnitCode);

    setLogo({});
}

OfficeProfileForm::~OfficeProfileForm() = default;

QLineEdit *OfficeProfileForm::addField(const QString &objectName, FieldMessage **message)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(objectName);
    connect(field, &QLineEdit::textEdited, this, &OfficeProfileForm::edited);
    if (message) {
        *message = new FieldMessage(this);
        (*message)->setObjectName(objectName + QStringLiteral("Message"));
    }
    return field;
}

void OfficeProfileForm::setProfile(const db::OfficeProfile &profile)
{
    m_regionCode = profile.regionCode;
    m_officeName->setText(profile.officeName);
    m_address->setText(profile.address);
    m_phone->setText(profile.phone);
    m_email->setText(profile.email);
    m_chairName->setText(profile.chairName);
    m_chairNip->setText(profile.chairNip);
    m_secretaryName->setText(profile.secretaryName);
    m_secretaryNip->setText(profile.secretaryNip);
    m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(profile.paper)));
    const QMarginsF &mm = profile.marginsMm;
    const double values[] = {mm.left(), mm.top(), mm.right(), mm.bottom()};
    for (int i = 0; i < 4; ++i) {
        m_margins[i]->setValue(qRound(values[i]));
    }
    m_unitCode->setText(profile.unitCode);
    setLogo(profile.logoPng);
    // Show the beginning of long values (an address), not their end.
    for (QLineEdit *field : findChildren<QLineEdit *>()) {
        field->setCursorPosition(0);
    }
    for (FieldMessage *message :
         {m_officeNameMessage, m_phoneMessage, m_emailMessage, m_logoMessage, m_chairNipMessage,
          m_secretaryNipMessage, m_unitCodeMessage}) {
        message->clear();
    }
}

db::OfficeProfile OfficeProfileForm::profile() const
{
    db::OfficeProfile profile;
    profile.regionCode = m_regionCode;
    profile.officeName = m_officeName->text().trimmed();
    profile.address = m_address->text().trimmed();
    profile.phone = m_phone->text().trimmed();
    profile.email = m_email->text().trimmed();
    profile.logoPng = m_logoPng;
    profile.chairName = m_chairName->text().trimmed();
    profile.chairNip = m_chairNip->text().trimmed();
    profile.secretaryName = m_secretaryName->text().trimmed();
    profile.secretaryNip = m_secretaryNip->text().trimmed();
    profile.paper = static_cast<db::PaperSize>(m_paper->currentData().toInt());
    profile.marginsMm = QMarginsF(m_margins[0]->value(), m_margins[1]->value(),
                                  m_margins[2]->value(), m_margins[3]->value());
    profile.unitCode = m_unitCode->text().trimmed();
    return profile;
}

void OfficeProfileForm::proposeOfficeName(const QString &name)
{
    const QString current = m_officeName->text().trimmed();
    if (current.isEmpty() || current == m_proposedName) {
        m_officeName->setText(name);
        m_officeNameMessage->clear();
    }
    m_proposedName = name;
}

void OfficeProfileForm::chooseLogo()
{
    const QString file = m_fileDialogs.openFile(this, tr("Choose the Letterhead Logo"),
                                                tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
    if (file.isEmpty()) {
        return;
    }
    QImageReader reader(file);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        m_logoMessage->showError(
            tr("This file is not an image SiSambang can read (%1).").arg(reader.errorString()));
        return;
    }
    if (image.width() > maxLogoSize || image.height() > maxLogoSize) {
        image =
            image.scaled(maxLogoSize, maxLogoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_logoMessage->clear();
    setLogo(png);
    Q_EMIT edited();
}

void OfficeProfileForm::setLogo(const QByteArray &png)
{
    m_logoPng = png;
    QImage image;
    if (!png.isEmpty() && image.loadFromData(png, "PNG")) {
        m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(
            previewSize - 8, previewSize - 8, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
    }
    m_removeLogo->setEnabled(!m_logoPng.isEmpty());
}

bool OfficeProfileForm::validateName()
{
    if (m_officeName->text().trimmed().isEmpty()) {
        m_officeNameMessage->showError(tr("The office name is required."));
        return false;
    }
    m_officeNameMessage->clear();
    return true;
}

bool OfficeProfileForm::validatePhone()
{
    static const QRegularExpression allowed(QStringLiteral("^[0-9 +()\\-.]*$"));
    if (!allowed.match(m_phone->text().trimmed()).hasMatch()) {
        m_phoneMessage->showError(
            tr("A telephone number holds digits, spaces, +, - and brackets only."));
        return false;
    }
    m_phoneMessage->clear();
    return true;
}

bool OfficeProfileForm::validateEmail()
{
    // The same rule as the data layer's, so the form never passes what saving refuses.
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString text = m_email->text().trimmed();
    if (!text.isEmpty() && !email.match(text).hasMatch()) {
        m_emailMessage->showError(
            tr("\"%1\" is not an e-mail address (e.g. nama@bawaslu.go.id).").arg(text));
        return false;
    }
    m_emailMessage->clear();
    return true;
}

bool OfficeProfileForm::validateNip(QLineEdit *field, FieldMessage *message)
{
    QString digits = field->text();
    digits.remove(u' ');
    static const QRegularExpression onlyDigits(QStringLiteral("^[0-9]*$"));
    if (!onlyDigits.match(digits).hasMatch()) {
        message->showError(tr("A NIP holds digits only."));
        return false;
    }
    if (!digits.isEmpty() && digits.size() != nipDigits) {
        message->showError(
            tr("A NIP has %1 digits; this one has %2.").arg(nipDigits).arg(digits.size()));
        return false;
    }
    message->clear();
    return true;
}

bool OfficeProfileForm::validateUnitCode()
{
    const QString text = m_unitCode->text().trimmed();
    if (text.contains(u'/') || text.contains(u' ')) {
        m_unitCodeMessage->showError(tr("The unit code is one part of a letter number: no "
                                        "slashes (/) or spaces."));
        return false;
    }
    m_unitCodeMessage->clear();
    return true;
}

bool OfficeProfileForm::validate()
{
    // Every check runs, so that every wrong field shows its message at once.
    const QList<std::pair<bool, QWidget *>> checks = {
        {validateName(), m_officeName},
        {validatePhone(), m_phone},
        {validateEmail(), m_email},
        {validateNip(m_chairNip, m_chairNipMessage), m_chairNip},
        {validateNip(m_secretaryNip, m_secretaryNipMessage), m_secretaryNip},
        {validateUnitCode(), m_unitCode},
    };
    for (const auto &[ok, field] : checks) {
        if (!ok) {
            field->setFocus();
            return false;
        }
    }
    return true;
}

} // namespace sisambang::ui
