// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace sisambang::ui {

namespace {

QString fileName(IconId id)
{
    switch (id) {
    case IconId::About:
        return QStringLiteral("about");
    case IconId::AboutQt:
        return QStringLiteral("about-qt");
    case IconId::Activities:
        return QStringLiteral("activities");
    case IconId::Add:
        return QStringLiteral("add");
    case IconId::Agreements:
        return QStringLiteral("agreements");
    case IconId::Database:
        return QStringLiteral("database");
    case IconId::DatabaseNew:
        return QStringLiteral("database-new");
    case IconId::DatabaseOpen:
        return QStringLiteral("database-open");
    case IconId::Holiday:
        return QStringLiteral("holiday");
    case IconId::Home:
        return QStringLiteral("home");
    case IconId::Image:
        return QStringLiteral("image");
    case IconId::Import:
        return QStringLiteral("import");
    case IconId::Language:
        return QStringLiteral("language");
    case IconId::Office:
        return QStringLiteral("office");
    case IconId::Quit:
        return QStringLiteral("quit");
    case IconId::Region:
        return QStringLiteral("region");
    case IconId::Remove:
        return QStringLiteral("remove");
    case IconId::Reports:
        return QStringLiteral("reports");
    case IconId::Save:
        return QStringLiteral("save");
    case IconId::Schedule:
        return QStringLiteral("schedule");
    case IconId::Search:
        return QStringLiteral("search");
    case IconId::Settings:
        return QStringLiteral("settings");
    case IconId::Stakeholders:
        return QStringLiteral("stakeholders");
    }
    return {};
}

// Reads an icon's PNG of a size the first time that size is drawn or measured.
// QIcon::addFile decodes every file at once; the window makes some twenty icons
// at start (navigation, menus, tabs), of which only the navigation's are on
// screen and at one size: decoding every size of every icon was 14% of the
// start's instructions, and every size of the navigation's another 9%.
class LazyIconEngine : public QIconEngine
{
public:
    LazyIconEngine(const QString &prefix, const QList<int> &sizes)
        : m_prefix(prefix)
        , m_sizes(sizes)
    {
        std::sort(m_sizes.begin(), m_sizes.end());
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        loadedFor(rect.size() * ratio).paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return loadedFor(size).pixmap(size, 1.0, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(mode)
        Q_UNUSED(state)
        // As QIcon's own engine answers: the best file's size, shrunk to fit.
        const int best = bestSize(size);
        return best == 0 ? QSize()
                         : QSize(best, best)
                               .scaled(size, Qt::KeepAspectRatio)
                               .boundedTo(QSize(best, best));
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        // The files are the normal look, as QIcon::addFile adds them; Qt makes
        // the others from it.
        if (mode != QIcon::Normal || state != QIcon::Off) {
            return {};
        }
        QList<QSize> sizes;
        for (int size : existingSizes()) {
            sizes.append(QSize(size, size));
        }
        return sizes;
    }

    QIconEngine *clone() const override { return new LazyIconEngine(*this); }
    QString key() const override { return QStringLiteral("sisambang-lazy"); }
    QString iconName() override { return m_prefix; }
    bool isNull() override { return existingSizes().isEmpty(); }

private:
    LazyIconEngine(const LazyIconEngine &other) = default;

    const QList<int> &existingSizes()
    {
        if (!m_checked) {
            m_checked = true;
            QList<int> existing;
            for (int size : std::as_const(m_sizes)) {
                if (QFile::exists(file(size))) {
                    existing.append(size);
                }
            }
            m_sizes = existing;
        }
        return m_sizes;
    }

    QString file(int size) const { return QStringLiteral("%1-%2.png").arg(m_prefix).arg(size); }

    // The smallest file at least as large as asked (drawn shrunk, not blown
    // up), else the largest; 0 when there is none.
    int bestSize(const QSize &size)
    {
        const QList<int> &sizes = existingSizes();
        const int wanted = std::max(size.width(), size.height());
        for (int one : sizes) {
            if (one >= wanted) {
                return one;
            }
        }
        return sizes.isEmpty() ? 0 : sizes.constLast();
    }

    // The icon holding (at least) the file best for drawing at this size, so
    // that QIcon's own engine chooses it and makes the disabled and selected looks.
    const QIcon &loadedFor(const QSize &size)
    {
        const int best = bestSize(size);
        if (best != 0 && !m_loaded.contains(best)) {
            m_loaded.append(best);
            // Named as PNG, so that no image plugin is asked whether it reads it.
            QImageReader reader(file(best), QByteArrayLiteral("png"));
            reader.setAutoDetectImageFormat(false);
            m_icon.addPixmap(QPixmap::fromImage(reader.read()));
        }
        return m_icon;
    }

    QString m_prefix;
    QList<int> m_sizes;
    bool m_checked = false;
    QList<int> m_loaded;
    QIcon m_icon;
};

} // namespace

QIcon lazyIcon(const QString &prefix, const QList<int> &sizes)
{
    return QIcon(new LazyIconEngine(prefix, sizes));
}

QIcon icon(IconId id)
{
    // Made once per icon; QIcon is implicitly shared, so copies are cheap and
    // every copy shares the engine, which reads the files once.
    static QHash<IconId, QIcon> cache;
    auto found = cache.constFind(id);
    if (found != cache.constEnd()) {
        return *found;
    }
    const QIcon result = lazyIcon(QStringLiteral(":/icons/%1").arg(fileName(id)), {16, 24, 48, 96});
    cache.insert(id, result);
    return result;
}

} // namespace sisambang::ui
