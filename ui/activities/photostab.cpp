// SPDX-License-Identifier: GPL-3.0-or-later
#include "photostab.h"

#include "common/filedialogs.h"
#include "common/messages.h"
#include "context.h"
#include "feedback.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

// A square thumbnail with the picture centred, so the grid stays even.
QIcon thumbnail(const QString &path, int size, bool warn, const QIcon &warning)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (original.isValid()) {
        reader.setScaledSize(original.scaled(size, size, Qt::KeepAspectRatio));
    }
    const QImage image = reader.read();
    QPixmap square(size, size);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    if (!image.isNull()) {
        painter.drawImage((size - image.width()) / 2, (size - image.height()) / 2, image);
    } else {
        painter.drawRect(0, 0, size - 1, size - 1);
    }
    if (warn) {
        painter.drawPixmap(4, 4, warning.pixmap(32, 32));
    }
    painter.end();
    return QIcon(square);
}

} // namespace

PhotosTab::PhotosTab(Context &context, const db::PhotoCodec &codec, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_codec(codec)
    , m_list(new QListWidget(this))
    , m_caption(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_add(new QPushButton(tr("&Add photo..."), this))
    , m_left(new QPushButton(tr("Move &left"), this))
    , m_right(new QPushButton(tr("Move ri&ght"), this))
    , m_remove(new QPushButton(tr("&Remove photo"), this))
{
    setObjectName(QStringLiteral("photosTab"));
    m_list->setObjectName(QStringLiteral("photoList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(thumbnailSize, thumbnailSize));
    m_list->setGridSize(QSize(thumbnailSize + 40, thumbnailSize + 56));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(true);
    m_caption->setObjectName(QStringLiteral("photoCaption"));
    m_caption->setPlaceholderText(
        tr("Caption printed under the photo in the report (Enter saves)"));
    m_info->setObjectName(QStringLiteral("photoInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_add->setObjectName(QStringLiteral("addPhoto"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_add->setToolTip(tr("A JPEG or PNG file (Ctrl+Shift+F)"));
    m_remove->setObjectName(QStringLiteral("removePhoto"));
    m_left->setObjectName(QStringLiteral("photoLeft"));
    m_right->setObjectName(QStringLiteral("photoRight"));

    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &PhotosTab::removeCurrent);

    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(new QLabel(tr("&Caption:"), this));
    captionRow->addWidget(m_caption, 1);
    qobject_cast<QLabel *>(captionRow->itemAt(0)->widget())->setBuddy(m_caption);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_left, m_right, m_remove}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addLayout(captionRow);
    layout->addWidget(m_info);

    connect(m_add, &QPushButton::clicked, this, &PhotosTab::addPhoto);
    connect(m_left, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_right, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &PhotosTab::removeCurrent);
    connect(m_caption, &QLineEdit::returnPressed, this, &PhotosTab::saveCaption);
    connect(m_caption, &QLineEdit::editingFinished, this, [this] {
        if (const db::Photo *photo = current();
            photo && m_caption->text().trimmed() != photo->caption) {
            saveCaption();
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &PhotosTab::showCurrent);
}

PhotosTab::~PhotosTab() = default;

void PhotosTab::setActivity(qint64 activityId, const QDate &date)
{
    m_activityId = activityId;
    m_date = date;
    reload();
}

QStringList PhotosTab::warnings() const
{
    QStringList result;
    for (const db::Photo &photo : m_photos) {
        result << db::PhotoRepository::dateWarning(photo.takenAt, m_date);
    }
    return result;
}

void PhotosTab::reload()
{
    const qint64 keep = current() ? current()->id : 0;
    finish(false, keep);
}

void PhotosTab::finish(bool done, qint64 select)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        m_photos.clear();
        if (m_activityId != 0) {
            db::PhotoRepository repository(m_context.database);
            auto photos = repository.list(m_activityId);
            if (!photos) {
                m_info->setText(photos.error().message);
            } else {
                m_photos = *photos;
            }
            const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
            for (const db::Photo &photo : std::as_const(m_photos)) {
                const QString dateWarning = db::PhotoRepository::dateWarning(photo.takenAt, m_date);
                auto path = repository.absolutePath(photo.displayPath);
                auto *item = new QListWidgetItem(m_list);
                item->setData(idRole, photo.id);
                item->setIcon(thumbnail(path ? *path : QString(), thumbnailSize,
                                        !dateWarning.isEmpty(), warning));
                item->setText(
                    QStringLiteral("%1. %2")
                        .arg(photo.ordinal)
                        .arg(photo.caption.isEmpty() ? tr("(no caption)") : photo.caption));
                item->setToolTip(dateWarning.isEmpty() ? photo.originalName
                                                       : photo.originalName + u'\n' + dateWarning);
            }
        }
    }
    int row = m_list->count() > 0 ? 0 : -1;
    for (int index = 0; index < m_photos.size(); ++index) {
        if (m_photos.at(index).id == select) {
            row = index;
        }
    }
    m_list->setCurrentRow(row);
    showCurrent();
    m_add->setEnabled(m_activityId != 0);
    if (done) {
        Q_EMIT changed();
    }
}

const db::Photo *PhotosTab::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_photos.size() ? &m_photos.at(row) : nullptr;
}

void PhotosTab::showCurrent()
{
    const db::Photo *photo = current();
    const int row = m_list->currentRow();
    m_caption->setEnabled(photo != nullptr);
    m_caption->setText(photo ? photo->caption : QString());
    m_left->setEnabled(photo && row > 0);
    m_right->setEnabled(photo && row + 1 < m_photos.size());
    m_remove->setEnabled(photo != nullptr);
    if (!photo) {
        m_info->setText(m_photos.isEmpty() && m_activityId != 0
                            ? tr("No photos yet. Add the documentation photos of the activity; "
                                 "the report lays them out two per row with their captions.")
                            : QString());
        return;
    }
    QStringList lines{
        tr("%1, %2 x %3 pixels").arg(photo->originalName).arg(photo->width).arg(photo->height)};
    lines << (photo->takenAt.isValid()
                  ? tr("Taken %1").arg(photo->takenAt.toString(QStringLiteral("dd-MM-yyyy HH.mm")))
                  : tr("The file does not say when it was taken."));
    if (const QString warning = db::PhotoRepository::dateWarning(photo->takenAt, m_date);
        !warning.isEmpty()) {
        lines << warning;
    }
    m_info->setText(lines.join(u'\n'));
}

bool PhotosTab::addPhoto()
{
    if (m_activityId == 0) {
        return false;
    }
    const QString path =
        m_context.fileDialogs.openFile(this, tr("Add a documentation photo"),
                                       tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    return !path.isEmpty() && importFile(path);
}

bool PhotosTab::importFile(const QString &path)
{
    auto imported = db::PhotoRepository(m_context.database).import(m_activityId, path, m_codec);
    if (!Feedback(m_context, this).check(imported, tr("Add photo"))) {
        finish(false, 0);
        return false;
    }
    finish(true, imported->id);
    if (!imported->warning.isEmpty()) {
        m_context.messages.warning(this, tr("Photo date"),
                                   tr("%1\n\nThe photo was added; remove it if it belongs to "
                                      "another activity.")
                                       .arg(imported->warning));
    }
    m_caption->setFocus();
    return true;
}

bool PhotosTab::saveCaption()
{
    const db::Photo *photo = current();
    if (!photo) {
        return false;
    }
    const bool done =
        Feedback(m_context, this)
            .check(db::PhotoRepository(m_context.database)
                       .setCaption(photo->id, photo->version, m_caption->text().trimmed()),
                   tr("Caption"));
    finish(done, photo->id);
    return done;
}

bool PhotosTab::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_photos.size()) {
        return false;
    }
    QList<qint64> order;
    for (const db::Photo &photo : std::as_const(m_photos)) {
        order << photo.id;
    }
    const qint64 moved = order.at(row);
    order.move(row, target);
    const bool done =
        Feedback(m_context, this)
            .check(db::PhotoRepository(m_context.database).reorder(m_activityId, order),
                   tr("Reorder photos"));
    finish(done, moved);
    return done;
}

bool PhotosTab::removeCurrent()
{
    const db::Photo *photo = current();
    if (!photo) {
        return false;
    }
    const Feedback feedback(m_context, this);
    // Asked first: the stored picture goes with the record.
    if (!feedback.confirm(tr("Remove photo"),
                          tr("Remove photo %1 (%2) from the activity? Its stored copy is "
                             "deleted; the file it was added from stays where it is.")
                              .arg(photo->ordinal)
                              .arg(photo->originalName),
                          tr("Remove"))) {
        return false;
    }
    const bool done =
        feedback.check(db::PhotoRepository(m_context.database).remove(photo->id, photo->version),
                       tr("Remove photo"));
    finish(done, 0);
    return done;
}

} // namespace sisambang::ui
