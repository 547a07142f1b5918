// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwriter.h"

#include <QTextDocument>
#include <QTextTable>

namespace sisambang::documents {

TextWriter::TextWriter(QTextDocument &document, TextTarget target, double textWidth,
                       double bodyPointSize, double tablePointSize)
    : m_document(document)
    , m_cursor(&document)
    , m_target(target)
    , m_textWidth(textWidth)
    , m_bodyPointSize(bodyPointSize)
    , m_tablePointSize(tablePointSize)
{
    m_cursor.movePosition(QTextCursor::End);
}

template<typename Format> void TextWriter::applyPending(Format &format)
{
    if (m_pageBreakPending) {
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        m_pageBreakPending = false;
    }
    if (m_pendingSpace > 0) {
        format.setTopMargin(format.topMargin() + m_pendingSpace);
        m_pendingSpace = 0;
    }
}

QTextCursor &TextWriter::paragraph(QTextBlockFormat format, const QTextCharFormat &charFormat)
{
    applyPending(format);
    if (m_blockUnused) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_blockUnused = false;
    } else {
        m_cursor.insertBlock(format, charFormat);
    }
    if (m_placement.breakBlockPosition < 0 && m_placement.breakTable == nullptr) {
        m_placement.breakBlockPosition = m_cursor.block().position();
    }
    return m_cursor;
}

QTextTable *TextWriter::table(int rows, int columns, QTextTableFormat format)
{
    applyPending(format);
    if (!m_blockUnused) {
        // Qt hides an empty paragraph right before a table; it keeps the table
        // from being glued into the text written before.
        m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }
    QTextTable *table = m_cursor.insertTable(rows, columns, format);
    m_placement.frames.append(table);
    if (m_placement.breakBlockPosition < 0 && m_placement.breakTable == nullptr) {
        m_placement.breakTable = table;
    }
    m_cursor.movePosition(QTextCursor::End);
    // The paragraph Qt leaves after a table takes whatever comes next.
    m_cursor.setBlockFormat(QTextBlockFormat());
    m_blockUnused = true;
    return table;
}

void TextWriter::beginBlock()
{
    m_placement = BlockPlacement();
    m_placement.firstPosition = m_cursor.position();
}

BlockPlacement TextWriter::endBlock()
{
    m_placement.lastPosition = m_cursor.position();
    if (m_placement.keepWithNext) {
        QTextCursor range(&m_document);
        range.setPosition(m_placement.firstPosition);
        range.setPosition(m_placement.lastPosition, QTextCursor::KeepAnchor);
        QTextBlockFormat keep;
        keep.setProperty(keepWithNextProperty, true);
        range.mergeBlockFormat(keep);
    }
    if (m_placement.keepTogether || m_placement.unbreakableFrames) {
        for (QTextFrame *frame : std::as_const(m_placement.frames)) {
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                QTextTableFormat format = table->format();
                format.setProperty(keepTogetherProperty, true);
                table->setFormat(format);
            }
        }
    }
    return std::exchange(m_placement, BlockPlacement());
}

} // namespace sisambang::documents
