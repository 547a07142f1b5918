// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sisambang::ui {

struct Context;

// Pengaturan > Backups: the backup folder, the archives in it (date, size,
// kind), Back Up Now, and restoring one after a check and a confirmation.
// The restore itself is the Application's job: the database must be closed
// while its file is replaced, and every page holds it.
class BackupPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupPanel)

public:
    explicit BackupPanel(Context &context, QWidget *parent = nullptr);
    ~BackupPanel() override;

    QString folder() const;
    // Asks for a folder (Pengaturan keeps it in the database, so the CLI's and
    // the start-up backups go there too); true when one was chosen.
    bool chooseFolder();
    // Writes a manual backup, says where; its path, empty on failure.
    QString backUpNow();
    // Verifies `archive` (the selected one when empty; asks for a file when
    // none is selected and `askForFile`), asks for confirmation, then emits
    // restoreRequested. True when the request went out.
    bool requestRestore(const QString &archive = {}, bool askForFile = false);
    QTableWidget *table() const { return m_table; }
    void reload();

Q_SIGNALS:
    void restoreRequested(const QString &archive);

private:
    QString selectedArchive() const;

    Context &m_context;
    QLabel *m_folder;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_choose;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QPushButton *m_restoreFile;
};

} // namespace sisambang::ui
