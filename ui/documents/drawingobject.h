// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <functional>

class QTextCursor;

namespace sisambang::documents {

// Lets a QTextDocument carry vector drawings (charts) as inline objects: each is
// painted with QPainter straight onto the page device, so it stays vector in a
// PDF and sharp on a printer.
class DrawingObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;

    static constexpr int objectType = QTextFormat::UserObject + 1;

    // Inserts a drawing `size` large (layout units) at the cursor, registering
    // the handler with the cursor's document the first time.
    static void insert(QTextCursor &cursor, Paint paint, QSizeF size);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    explicit DrawingObject(QObject *parent)
        : QObject(parent)
    {
    }

    QHash<int, Paint> m_paints;
};

} // namespace sisambang::documents
