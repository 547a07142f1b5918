// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QHash>

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

} // namespace

QIcon icon(IconId id)
{
    // Built once per icon; QIcon is implicitly shared, so copies are cheap.
    static QHash<IconId, QIcon> cache;
    auto found = cache.constFind(id);
    if (found != cache.constEnd()) {
        return *found;
    }
    QIcon result;
    const QString name = fileName(id);
    for (int size : {16, 24, 48, 96}) {
        result.addFile(QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size), QSize(size, size));
    }
    cache.insert(id, result);
    return result;
}

} // namespace sisambang::ui
