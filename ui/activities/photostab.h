// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "photos.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sisambang::ui {

struct Context;

// Tab "Dokumentasi": the activity's photos as thumbnails in their order,
// each with a caption; added from JPEG/PNG files (stored upright with a
// reduced copy), reordered, removed after a question. A photo whose EXIF
// date is not the activity's date is marked: it may belong to another visit.
class PhotosTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotosTab)

public:
    static constexpr int thumbnailSize = 160;

    PhotosTab(Context &context, const db::PhotoCodec &codec, QWidget *parent = nullptr);
    ~PhotosTab() override;

    void setActivity(qint64 activityId, const QDate &date);
    void reload();

    const QList<db::Photo> &photos() const { return m_photos; }
    QListWidget *list() const { return m_list; }
    QLineEdit *caption() const { return m_caption; }
    // The date warning of each photo, in order ("" when its date fits).
    QStringList warnings() const;

    // Asks for a file (the scriptable file dialog) and adds it.
    bool addPhoto();
    bool importFile(const QString &path);
    bool saveCaption();
    bool moveCurrent(int step);
    bool removeCurrent();

Q_SIGNALS:
    void changed();

private:
    const db::Photo *current() const;
    void showCurrent();
    void finish(bool done, qint64 select);

    Context &m_context;
    const db::PhotoCodec &m_codec;
    qint64 m_activityId = 0;
    QDate m_date;
    QList<db::Photo> m_photos;
    QListWidget *m_list;
    QLineEdit *m_caption;
    QLabel *m_info;
    QPushButton *m_add;
    QPushButton *m_left;
    QPushButton *m_right;
    QPushButton *m_remove;
};

} // namespace sisambang::ui
