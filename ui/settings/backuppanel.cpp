// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuppanel.h"

#include "backup.h"
#include "common/filedialogs.h"
#include "common/icons.h"
#include "common/messages.h"
#include "context.h"
#include "database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

enum Column { DateColumn, SizeColumn, KindColumn, FileColumn, ColumnCount };

} // namespace

BackupPanel::BackupPanel(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_folder(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose &Folder..."), this))
    , m_backUp(new QPushButton(icon(IconId::Database), tr("&Back Up Now"), this))
    , m_restore(new QPushButton(tr("&Restore Selected..."), this))
    , m_restoreFile(new QPushButton(tr("Restore from &File..."), this))
{
    setObjectName(QStringLiteral("backupPanel"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("backupList"));
    m_choose->setObjectName(QStringLiteral("chooseBackupFolder"));
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_restore->setObjectName(QStringLiteral("restoreSelected"));
    m_restoreFile->setObjectName(QStringLiteral("restoreFromFile"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Size"), tr("Kind"), tr("File")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *note = new QLabel(tr("SiSambang backs up the database and its attachments once a day "
                               "when it starts, and before every upgrade; it keeps 7 daily, 4 "
                               "weekly and 12 monthly backups. A USB stick or a shared folder "
                               "keeps them safe from a broken disk. Manual backups are never "
                               "deleted. A restore keeps the current database aside as a copy."),
                            this);
    note->setWordWrap(true);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_restoreFile);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_backUp);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(folderRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &BackupPanel::chooseFolder);
    connect(m_backUp, &QPushButton::clicked, this, &BackupPanel::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, [this] { requestRestore(); });
    connect(m_restoreFile, &QPushButton::clicked, this,
            [this] { requestRestore(QString(), true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!selectedArchive().isEmpty()); });
    reload();
}

BackupPanel::~BackupPanel() = default;

QString BackupPanel::folder() const
{
    return db::BackupSchedule::folderFor(m_context.database);
}

void BackupPanel::reload()
{
    m_folder->setText(
        tr("<b>Backup folder:</b> %1").arg(QDir::toNativeSeparators(folder()).toHtmlEscaped()));
    const QList<db::BackupFile> files = db::BackupSchedule(folder()).list();
    m_table->setRowCount(static_cast<int>(files.size()));
    const QLocale locale;
    qint64 total = 0;
    for (int row = 0; row < files.size(); ++row) {
        const db::BackupFile &file = files.at(row);
        total += file.size;
        auto *date =
            new QTableWidgetItem(file.created.toString(QStringLiteral("dd-MM-yyyy HH.mm")));
        date->setData(Qt::UserRole, file.path);
        m_table->setItem(row, DateColumn, date);
        auto *size = new QTableWidgetItem(locale.formattedDataSize(file.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        m_table->setItem(row, KindColumn,
                         new QTableWidgetItem(
                             file.kind == db::BackupKind::Manual ? tr("Manual") : tr("Automatic")));
        m_table->setItem(row, FileColumn, new QTableWidgetItem(QFileInfo(file.path).fileName()));
    }
    for (int column = DateColumn; column < FileColumn; ++column) {
        m_table->resizeColumnToContents(column);
    }
    m_summary->setText(files.isEmpty()
                           ? tr("No backups in this folder yet.")
                           : tr("%n backup(s), %1 in all.", nullptr, static_cast<int>(files.size()))
                                 .arg(locale.formattedDataSize(total)));
    m_restore->setEnabled(!selectedArchive().isEmpty());
}

bool BackupPanel::chooseFolder()
{
    const QString chosen =
        m_context.fileDialogs.chooseFolder(this, tr("Choose the Backup Folder"), folder());
    if (chosen.isEmpty()) {
        return false;
    }
    if (auto saved = db::BackupSchedule::setFolder(m_context.database, chosen); !saved) {
        m_context.messages.critical(this, tr("Cannot Change the Backup Folder"),
                                    saved.error().message);
        return false;
    }
    reload();
    return true;
}

QString BackupPanel::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written =
        db::BackupSchedule(folder()).runManual(m_context.database, QDateTime::currentDateTime());
    QApplication::restoreOverrideCursor();
    reload();
    if (!written) {
        m_context.messages.critical(this, tr("Backup failed"),
                                    tr("No backup was written: %1").arg(written.error().message));
        return {};
    }
    m_context.messages.information(
        this, tr("Backup written"),
        tr("The database and its attachments were saved and checked in %1.")
            .arg(QDir::toNativeSeparators(*written)));
    return *written;
}

QString BackupPanel::selectedArchive() const
{
    const auto rows = m_table->selectionModel()->selectedRows(DateColumn);
    return rows.isEmpty() ? QString() : rows.constFirst().data(Qt::UserRole).toString();
}

bool BackupPanel::requestRestore(const QString &archive, bool askForFile)
{
    QString chosen = archive.isEmpty() && !askForFile ? selectedArchive() : archive;
    if (chosen.isEmpty()) {
        chosen = m_context.fileDialogs.openFile(this, tr("Restore a Backup"),
                                                tr("SiSambang backup (*.zip)"));
        if (chosen.isEmpty()) {
            return false;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto manifest = db::Backup::verify(chosen);
    QApplication::restoreOverrideCursor();
    if (!manifest) {
        m_context.messages.critical(
            this, tr("Cannot Restore"),
            tr("%1 cannot be restored: %2\n\nNothing was changed.")
                .arg(QDir::toNativeSeparators(chosen), manifest.error().message));
        return false;
    }
    const QString when = QLocale().toString(manifest->created, QLocale::LongFormat);
    if (!m_context.messages.confirm(
            this, tr("Restore the Backup?"),
            tr("Restore the backup of %1 (%n attachment(s))?\n\nThe database now open is closed "
               "and kept aside as a copy beside it (nothing is deleted); the backup takes its "
               "place and SiSambang opens it again. Changes made since the backup are only in "
               "that copy.",
               nullptr, static_cast<int>(manifest->attachments.size()))
                .arg(when),
            tr("Restore"))) {
        return false;
    }
    Q_EMIT restoreRequested(chosen);
    return true;
}

} // namespace sisambang::ui
