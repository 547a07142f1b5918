// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawingobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace sisambang::documents {

namespace {

constexpr int paintIdProperty = QTextFormat::UserProperty + 1;
constexpr int sizeProperty = QTextFormat::UserProperty + 2;

} // namespace

void DrawingObject::insert(QTextCursor &cursor, Paint paint, QSizeF size)
{
    QTextDocument *document = cursor.document();
    if (document == nullptr || !paint || size.isEmpty()) {
        return;
    }
    auto *handler = document->findChild<DrawingObject *>(QString(), Qt::FindDirectChildrenOnly);
    if (handler == nullptr) {
        handler = new DrawingObject(document);
        document->documentLayout()->registerHandler(objectType, handler);
    }
    const int id = int(handler->m_paints.size()) + 1;
    handler->m_paints.insert(id, std::move(paint));

    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(paintIdProperty, id);
    format.setProperty(sizeProperty, size);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF DrawingObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(sizeProperty).toSizeF();
}

void DrawingObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                               const QTextFormat &format)
{
    const auto paint = m_paints.constFind(format.property(paintIdProperty).toInt());
    if (painter == nullptr || paint == m_paints.constEnd()) {
        return;
    }
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    (*paint)(*painter, rect);
    painter->restore();
}

} // namespace sisambang::documents
