// SPDX-License-Identifier: GPL-3.0-or-later
// WrappedLabel measures as QLabel does, and measures again when what it shows changes.
#include "common/wrappedlabel.h"

#include <QLabel>

#include <catch2/catch.hpp>

using namespace sisambang;

namespace {

void configure(QLabel &label, const QString &text, bool rich)
{
    label.setWordWrap(true);
    label.setText(text);
    if (rich) {
        label.setTextFormat(Qt::RichText);
        label.setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
}

void requireSameMeasures(const QLabel &plain, const ui::WrappedLabel &wrapped)
{
    CHECK(wrapped.sizeHint() == plain.sizeHint());
    CHECK(wrapped.minimumSizeHint() == plain.minimumSizeHint());
    for (const int width : {0, 40, 90, 200, 555, 2000}) {
        INFO("width " << width);
        CHECK(wrapped.heightForWidth(width) == plain.heightForWidth(width));
        // Asked again: the kept answer.
        CHECK(wrapped.heightForWidth(width) == plain.heightForWidth(width));
    }
}

} // namespace

TEST_CASE("gui: a wrapped label measures as QLabel does", "[gui][wrappedlabel]")
{
    const QString longText =
        QStringLiteral("<b>File:</b> /home/clerk/Documents/sisambang/kabupaten.sisambang<br>"
                       "<b>Schema version:</b> 7<br><b>Time zone:</b> WIB");
    for (const bool rich : {false, true}) {
        INFO("rich " << rich);
        QLabel plain;
        ui::WrappedLabel wrapped;
        configure(plain, longText, rich);
        configure(wrapped, longText, rich);
        requireSameMeasures(plain, wrapped);

        // New text, then a bigger font: both measured anew.
        const QString shorter = QStringLiteral("Bawaslu Kabupaten Bangka Tengah");
        plain.setText(shorter);
        wrapped.setText(shorter);
        requireSameMeasures(plain, wrapped);
        QFont font = plain.font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setBold(true);
        plain.setFont(font);
        wrapped.setFont(font);
        requireSameMeasures(plain, wrapped);
        plain.setContentsMargins(5, 5, 5, 5);
        wrapped.setContentsMargins(5, 5, 5, 5);
        requireSameMeasures(plain, wrapped);
    }
}
