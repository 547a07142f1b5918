// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace sisambang::ui {

// The program's own icons (resources/icons), embedded as PNGs so that they show
// on every machine, with or without an icon theme or Qt's SVG plugin.
enum class IconId {
    About,
    AboutQt,
    Activities,
    Add,
    Agreements,
    Database,
    DatabaseNew,
    DatabaseOpen,
    Holiday,
    Home,
    Image,
    Import,
    Language,
    Office,
    Quit,
    Region,
    Remove,
    Reports,
    Save,
    Schedule,
    Search,
    Settings,
    Stakeholders,
};

QIcon icon(IconId id);

// The PNGs "<prefix>-<size>.png" of the given sizes (those that exist) as one
// icon, read the first time it is drawn or measured rather than when made.
QIcon lazyIcon(const QString &prefix, const QList<int> &sizes);

} // namespace sisambang::ui
