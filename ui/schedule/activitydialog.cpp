// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydialog.h"

#include "activitycommands.h"
#include "agreements.h"
#include "clashpanel.h"
#include "common/fieldmessage.h"
#include "common/messages.h"
#include "context.h"
#include "officertable.h"
#include "regions.h"
#include "schedulesnapshot.h"
#include "slotedit.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ActivityDialog::ActivityDialog(Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_office(ScheduleOffice::load(context.database))
    , m_status(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_agreement(new QComboBox(this))
    , m_kecamatan(new QComboBox(this))
    , m_desa(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_venue(new QLineEdit(this))
    , m_slot(new SlotEdit(m_office.zone, this))
    , m_reschedule(new QPushButton(tr("&Reschedule..."), this))
    , m_topic(new QLineEdit(this))
    , m_officers(nullptr)
    , m_notes(new QPlainTextEdit(this))
    , m_clashes(new ClashPanel(this))
    , m_general(new FieldMessage(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    auto roster = OfficerRoster::load(context.database, m_office.regencyCode);
    m_officers = new OfficerTable(roster ? *roster : QList<Officer>{}, this);

    for (auto kind : {db::ActivityKind::VillageVisit, db::ActivityKind::CoordinationMeeting,
                      db::ActivityKind::Socialisation, db::ActivityKind::Other}) {
        m_kind->addItem(activityKindText(kind), static_cast<int>(kind));
    }
    m_agreement->addItem(tr("(not under an MoU)"), qint64(0));
    if (auto agreements = db::AgreementRepository(context.database).list()) {
        for (const db::AgreementSummary &summary : *agreements) {
            if (summary.status == db::AgreementStatus::Cancelled) {
                continue;
            }
            const QString name = QStringLiteral("%1 - %2").arg(
                summary.officeNumber.isEmpty() ? tr("(no number)") : summary.officeNumber,
                summary.title);
            m_agreement->addItem(
                summary.status == db::AgreementStatus::Draft ? tr("%1 (draft)").arg(name) : name,
                summary.id);
            if (auto agreement = db::AgreementRepository(context.database).find(summary.id);
                agreement && summary.status == db::AgreementStatus::Signed) {
                m_coverage.insert(summary.id, agreement->villageCodes);
            }
        }
    }
    m_agreement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agreement->setMinimumContentsLength(24);
    if (auto kecamatans = db::RegionRepository(context.database).children(m_office.regencyCode)) {
        for (const db::Region &region : *kecamatans) {
            m_kecamatan->addItem(region.name, region.code);
        }
    }
    m_kind->setObjectName(QStringLiteral("kind"));
    m_agreement->setObjectName(QStringLiteral("agreement"));
    m_kecamatan->setObjectName(QStringLiteral("kecamatan"));
    m_desa->setObjectName(QStringLiteral("desa"));
    m_title->setObjectName(QStringLiteral("title"));
    m_venue->setObjectName(QStringLiteral("venue"));
    m_topic->setObjectName(QStringLiteral("topic"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_reschedule->setObjectName(QStringLiteral("reschedule"));
    m_title->setPlaceholderText(tr("empty: the kind of activity"));
    m_notes->setMaximumHeight(70);
    m_notes->setTabChangesFocus(true);

    const auto messageFor = [this](const QString &field) {
        auto *message = new FieldMessage(this);
        m_messages.insert(field, message);
        return message;
    };
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Kind"), m_kind, this), m_kind);
    form->addRow(buddyLabel(tr("&MoU"), m_agreement, this),
                 fieldWithMessage(m_agreement, messageFor(QStringLiteral("agreement")), this));
    auto *place = new QHBoxLayout;
    place->addWidget(m_kecamatan, 1);
    place->addWidget(m_desa, 2);
    auto *placeBox = new QWidget(this);
    placeBox->setLayout(place);
    place->setContentsMargins(0, 0, 0, 0);
    form->addRow(buddyLabel(tr("Kecamatan and &desa"), m_kecamatan, this),
                 fieldWithMessage(placeBox, messageFor(QStringLiteral("region")), this));
    form->addRow(buddyLabel(tr("T&itle"), m_title, this), m_title);
    form->addRow(buddyLabel(tr("&Venue"), m_venue, this), m_venue);
    auto *slotRow = new QHBoxLayout;
    slotRow->setContentsMargins(0, 0, 0, 0);
    slotRow->addWidget(m_slot, 1);
    slotRow->addWidget(m_reschedule);
    auto *slotBox = new QWidget(this);
    slotBox->setLayout(slotRow);
    FieldMessage *slotMessage = messageFor(QStringLiteral("date"));
    m_messages.insert(QStringLiteral("time"), slotMessage);
    form->addRow(buddyLabel(tr("Da&te and time"), m_slot->dateEdit(), this),
                 fieldWithMessage(slotBox, slotMessage, this));
    form->addRow(buddyLabel(tr("T&opic"), m_topic, this), m_topic);
    form->addRow(buddyLabel(tr("O&fficers"), m_officers->table(), this),
                 fieldWithMessage(m_officers, messageFor(QStringLiteral("officers")), this));
    form->addRow(buddyLabel(tr("&Notes"), m_notes, this), m_notes);

    auto *layout = new QVBoxLayout(this);
    auto *statusRow = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("status"));
    statusRow->addWidget(m_status, 1);
    for (auto status : {db::ActivityStatus::Done, db::ActivityStatus::Postponed,
                        db::ActivityStatus::Cancelled, db::ActivityStatus::Planned}) {
        auto *button = new QPushButton(ActivityCommands::statusActionText(status), this);
        button->setObjectName(QStringLiteral("status_") + db::activityStatusKey(status));
        m_statusButtons.insert(status, button);
        statusRow->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, status] { changeStatus(status); });
    }
    layout->addLayout(statusRow);
    layout->addLayout(form);
    layout->addWidget(m_clashes);
    layout->addWidget(m_general);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save and close (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    layout->addWidget(buttons);
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    addAction(saveAction);

    connect(saveAction, &QAction::triggered, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reschedule, &QPushButton::clicked, this, &ActivityDialog::reschedule);
    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, [this] {
        fillDesa();
        regionChanged();
    });
    connect(m_desa, &QComboBox::currentIndexChanged, this, &ActivityDialog::regionChanged);
    const auto edited = [this] {
        if (!m_loading) {
            m_edited = true;
            checkClashes();
        }
    };
    connect(m_agreement, &QComboBox::currentIndexChanged, this, edited);
    connect(m_agreement, &QComboBox::activated, this, [this] { m_agreementChosen = true; });
    connect(m_kind, &QComboBox::currentIndexChanged, this, edited);
    connect(m_slot, &SlotEdit::changed, this, edited);
    connect(m_officers, &OfficerTable::changed, this, edited);
    for (QLineEdit *edit : {m_title, m_venue, m_topic}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_edited = true;
        }
    });
    resize(720, 640);
}

ActivityDialog::~ActivityDialog() = default;

void ActivityDialog::newActivity(const QDate &date)
{
    m_agreementChosen = false;
    db::Activity activity;
    activity.date = date.isValid() ? date : QDate::currentDate();
    show(activity);
    setWindowTitle(tr("New activity"));
}

bool ActivityDialog::load(qint64 id)
{
    auto activity = db::ActivityRepository(m_context.database).find(id);
    if (!activity) {
        m_context.messages.warning(this, tr("Activity"), activity.error().message);
        return false;
    }
    show(*activity);
    setWindowTitle(tr("Activity in %1").arg(activity->regionName));
    return true;
}

void ActivityDialog::show(const db::Activity &activity)
{
    m_loading = true;
    m_activity = activity;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(activity.kind))));
    m_agreement->setCurrentIndex(std::max(0, m_agreement->findData(activity.agreementId)));
    setRegion(activity.regionCode);
    m_title->setText(activity.title);
    m_venue->setText(activity.venue.isEmpty() ? m_defaultVenue : activity.venue);
    m_venue->setCursorPosition(0);
    m_slot->setSlot(activity.date, activity.start, activity.end);
    m_topic->setText(activity.topic);
    m_officers->setOfficers(activity.officers);
    m_notes->setPlainText(activity.notes);
    m_loading = false;
    m_edited = false;
    clearProblems();
    checkClashes();
    updateActions();
}

void ActivityDialog::setRegion(const QString &code)
{
    const QString district = code.count(u'.') == 3 ? code.section(u'.', 0, 2) : code;
    const bool wasLoading = m_loading;
    m_loading = true;
    if (const int at = m_kecamatan->findData(district); at >= 0) {
        m_kecamatan->setCurrentIndex(at);
    }
    fillDesa();
    if (const int at = m_desa->findData(code); at >= 0) {
        m_desa->setCurrentIndex(at);
    }
    m_loading = wasLoading;
    regionChanged();
}

void ActivityDialog::fillDesa()
{
    const QSignalBlocker blocker(m_desa);
    m_desa->clear();
    const QString district = m_kecamatan->currentData().toString();
    m_desa->addItem(tr("(the whole kecamatan)"), district);
    if (auto villages = db::RegionRepository(m_context.database).children(district)) {
        for (const db::Region &village : *villages) {
            m_desa->addItem(db::RegionLabels::qualifiedName(village), village.code);
        }
    }
    // The first desa: most activities are visits to one.
    m_desa->setCurrentIndex(m_desa->count() > 1 ? 1 : 0);
}

void ActivityDialog::regionChanged()
{
    const QString code = m_desa->currentData().toString();
    auto venue = db::ActivityRepository(m_context.database).defaultVenue(code);
    const QString fallback = venue ? *venue : QString();
    // The venue follows the desa until the clerk types another.
    if (m_venue->text().trimmed().isEmpty() || m_venue->text() == m_defaultVenue) {
        m_venue->setText(fallback);
        m_venue->setCursorPosition(0);
    }
    m_defaultVenue = fallback;
    m_venue->setPlaceholderText(fallback);
    suggestAgreement();
    if (!m_loading) {
        m_edited = true;
        checkClashes();
    }
}

void ActivityDialog::suggestAgreement()
{
    // A new activity falls under the signed MoU covering its desa, until the
    // clerk chooses otherwise.
    if (m_activity.id > 0 || m_agreementChosen) {
        return;
    }
    const QString code = m_desa->currentData().toString();
    qint64 covering = 0;
    for (auto it = m_coverage.cbegin(); it != m_coverage.cend() && covering == 0; ++it) {
        if (it.value().contains(code)) {
            covering = it.key();
        }
    }
    m_agreement->setCurrentIndex(std::max(0, m_agreement->findData(covering)));
}

db::Activity ActivityDialog::collect() const
{
    db::Activity activity = m_activity;
    activity.kind = static_cast<db::ActivityKind>(m_kind->currentData().toInt());
    activity.agreementId = m_agreement->currentData().toLongLong();
    activity.regionCode = m_desa->currentData().toString();
    activity.regionName = m_desa->currentIndex() == 0
                              ? tr("Kecamatan %1").arg(m_kecamatan->currentText())
                              : m_desa->currentText();
    activity.districtCode = m_kecamatan->currentData().toString();
    activity.districtName = m_kecamatan->currentText();
    activity.title = m_title->text().trimmed();
    activity.venue = m_venue->text().trimmed();
    activity.date = m_slot->date();
    activity.start = m_slot->start();
    activity.end = m_slot->end();
    activity.topic = m_topic->text().trimmed();
    activity.officers = m_officers->officers();
    activity.notes = m_notes->toPlainText().trimmed();
    return activity;
}

void ActivityDialog::checkClashes()
{
    auto clashes = db::ClashDetector(m_context.database).check({collect()});
    m_clashes->setClashes(clashes ? *clashes : QList<db::Clash>{});
}

void ActivityDialog::updateActions()
{
    const bool stored = m_activity.id > 0;
    m_status->setText(stored ? tr("Status: %1").arg(activityStatusText(m_activity.status))
                             : tr("New activity, not saved yet"));
    for (auto it = m_statusButtons.cbegin(); it != m_statusButtons.cend(); ++it) {
        it.value()->setVisible(stored);
        it.value()->setEnabled(stored && ActivityCommands::canChange(m_activity.status, it.key()));
    }
    // A stored activity moves only through Reschedule, so each move keeps its reason.
    m_slot->setEnabled(!stored);
    m_reschedule->setVisible(stored);
    m_reschedule->setEnabled(stored && (m_activity.status == db::ActivityStatus::Planned ||
                                        m_activity.status == db::ActivityStatus::Postponed));
}

void ActivityDialog::clearProblems()
{
    for (FieldMessage *message : std::as_const(m_messages)) {
        message->clear();
    }
    m_general->clear();
}

void ActivityDialog::showProblems(const QList<db::FieldProblem> &problems)
{
    clearProblems();
    QStringList general;
    for (const db::FieldProblem &problem : problems) {
        if (FieldMessage *message = m_messages.value(problem.field)) {
            message->showError(message->hasError() ? message->text() + u'\n' + problem.message
                                                   : problem.message);
        } else {
            general << problem.message;
        }
    }
    m_general->showError(general.join(u'\n'));
}

bool ActivityDialog::save()
{
    db::Activity activity = collect();
    db::ActivityRepository activities(m_context.database);
    const QList<db::FieldProblem> problems = activities.validate(activity);
    showProblems(problems);
    if (!problems.isEmpty()) {
        return false;
    }
    checkClashes();
    if (!m_clashes->checkReason()) {
        return false;
    }
    if (activity.id == 0) {
        auto id = activities.add(activity);
        if (!id) {
            m_general->showError(id.error().message);
            return false;
        }
        activity.id = *id;
    } else if (auto saved = activities.update(activity); !saved) {
        if (saved.error().code == db::Error::Code::Conflict) {
            const int choice = m_context.messages.choose(
                this, Messages::Severity::Warning, tr("Changed elsewhere"),
                tr("Someone else changed this activity after you opened it. Reload it (your "
                   "changes are lost) or keep editing?"),
                {tr("Reload"), tr("Keep editing")}, 1);
            if (choice == 0) {
                load(activity.id);
                Q_EMIT changed(activity.id);
            }
        } else {
            m_general->showError(saved.error().message);
        }
        return false;
    }
    db::ClashDetector detector(m_context.database);
    if (auto accepted = m_clashes->acceptOpen(detector, activity.id); !accepted) {
        m_context.messages.warning(this, tr("Accept clash"), accepted.error().message);
    }
    load(activity.id);
    Q_EMIT changed(activity.id);
    return true;
}

void ActivityDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool ActivityDialog::saveIfEdited()
{
    return !m_edited || save();
}

bool ActivityDialog::changeStatus(db::ActivityStatus status)
{
    if (m_activity.id == 0 || !saveIfEdited()) {
        return false;
    }
    ActivityCommands commands(m_context, this, m_office.zone);
    if (!commands.setStatus(m_activity, status)) {
        return false;
    }
    load(m_activity.id);
    Q_EMIT changed(m_activity.id);
    return m_activity.status == status;
}

bool ActivityDialog::reschedule()
{
    if (m_activity.id == 0 || !saveIfEdited()) {
        return false;
    }
    ActivityCommands commands(m_context, this, m_office.zone);
    if (!commands.reschedule(m_activity)) {
        return false;
    }
    load(m_activity.id);
    Q_EMIT changed(m_activity.id);
    return true;
}

} // namespace sisambang::ui
