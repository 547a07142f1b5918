// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTextCursor>
#include <QTextTableFormat>

class QTextDocument;
class QTextFrame;
class QTextTable;

namespace sisambang::documents {

// Who breaks the pages: SiSambang (PDF, printer, preview: tables are split and
// blocks kept together by the paginator) or the word processor opening an ODT.
enum class TextTarget { Paged, Flowing };

// Properties set on formats for the ODT, where the word processor breaks the
// pages: paragraphs kept with the next one, tables kept on one page.
inline constexpr int keepWithNextProperty = QTextFormat::UserProperty + 0x100;
inline constexpr int keepTogetherProperty = QTextFormat::UserProperty + 0x101;

// Where one model block landed in the QTextDocument, for the paginator to measure.
struct BlockPlacement
{
    int firstPosition = 0; // document positions the block's content spans
    int lastPosition = 0;
    QList<QTextFrame *> frames;       // its tables, in order
    QList<int> partFirstRows;         // Table blocks: the body row each table part starts with
    int headerRowCount = 0;           // Table blocks: header rows repeated in each part
    bool keepTogether = false;        // move to the next page rather than break...
    double keepTogetherMaxPage = 1.0; // ...when at most this fraction of a page high
    bool unbreakableFrames = false;   // each table (a row of photos) moves whole
    bool keepWithNext = false;        // never the last thing on a page
    bool keepWithPrevious = false;
    // What a page break before this block was (or would be) set on: its first
    // paragraph (a document position) or its first table. Neither when the block
    // wrote nothing of its own.
    int breakBlockPosition = -1;
    QTextTable *breakTable = nullptr;
};

// Appends paragraphs and tables to the root of a QTextDocument, one after the
// other, carrying page breaks and extra space requested between blocks. Block
// writers (blockwriters.h) use it; it knows nothing of the model.
class TextWriter
{
public:
    TextWriter(QTextDocument &document, TextTarget target, double textWidth, double bodyPointSize,
               double tablePointSize);
    Q_DISABLE_COPY_MOVE(TextWriter)

    QTextDocument &document() { return m_document; }
    TextTarget target() const { return m_target; }
    double textWidth() const { return m_textWidth; }
    double bodyPointSize() const { return m_bodyPointSize; }
    double tablePointSize() const { return m_tablePointSize; }

    // Starts a new paragraph and returns the cursor inside it.
    QTextCursor &paragraph(QTextBlockFormat format, const QTextCharFormat &charFormat);
    // Inserts a table after everything written so far.
    QTextTable *table(int rows, int columns, QTextTableFormat format);

    void requestPageBreak() { m_pageBreakPending = true; }
    void addSpace(double height) { m_pendingSpace += height; }

    void beginBlock();
    BlockPlacement &placement() { return m_placement; }
    BlockPlacement endBlock();

private:
    template<typename Format> void applyPending(Format &format);

    QTextDocument &m_document;
    QTextCursor m_cursor;
    TextTarget m_target;
    double m_textWidth;
    double m_bodyPointSize;
    double m_tablePointSize;
    bool m_blockUnused = true; // the cursor's block is empty and may take the next paragraph
    bool m_pageBreakPending = false;
    double m_pendingSpace = 0;
    BlockPlacement m_placement;
};

} // namespace sisambang::documents
