// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>

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

// Reads an icon's PNGs the first time it is drawn or measured. QIcon::addFile
// decodes every file at once, and the window makes some twenty icons at start
// (navigation, menus, tabs) of which only the navigation's are on screen:
// decoding them all was 14% of the start's instructions.
class LazyIconEngine : public QIconEngine
{
public:
    LazyIconEngine(const QString &prefix, const QList<int> &sizes)
        : m_prefix(prefix)
        , m_sizes(sizes)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        loaded().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().pixmap(size, 1.0, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().availableSizes(mode, state);
    }

    QIconEngine *clone() const override { return new LazyIconEngine(*this); }
    QString key() const override { return QStringLiteral("sisambang-lazy"); }
    QString iconName() override { return m_prefix; }
    bool isNull() override { return false; }

private:
    LazyIconEngine(const LazyIconEngine &other) = default;

    const QIcon &loaded()
    {
        if (!m_loaded) {
            m_loaded = true;
            for (int size : std::as_const(m_sizes)) {
                const QString file = QStringLiteral("%1-%2.png").arg(m_prefix).arg(size);
                if (QFile::exists(file)) {
                    m_icon.addFile(file, QSize(size, size));
                }
            }
        }
        return m_icon;
    }

    QString m_prefix;
    QList<int> m_sizes;
    QIcon m_icon;
    bool m_loaded = false;
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
