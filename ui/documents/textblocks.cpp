// SPDX-License-Identifier: GPL-3.0-or-later
// Writers for the blocks that are plain text: titles, headings, paragraphs, lists.
#include "blockwriters.h"
#include "documentstyle.h"
#include "textformats.h"
#include "textwriter.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace sisambang::documents {

namespace {

QTextListFormat::Style listStyle(ListStyle style)
{
    switch (style) {
    case ListStyle::Numbers:
        return QTextListFormat::ListDecimal;
    case ListStyle::LowerLetters:
        return QTextListFormat::ListLowerAlpha;
    case ListStyle::UpperLetters:
        return QTextListFormat::ListUpperAlpha;
    case ListStyle::Bullets:
        return QTextListFormat::ListDisc;
    }
    return QTextListFormat::ListDecimal;
}

} // namespace

void writeTitle(TextWriter &writer, const Title &title)
{
    const double spacing = mmToLayout(style::blockSpacingMm);
    const bool hasSubtitles = !title.subtitles.isEmpty();
    QTextCursor &cursor =
        writer.paragraph(text::blockFormat(Qt::AlignHCenter, spacing, hasSubtitles ? 0 : spacing),
                         text::charFormat(style::titlePt, true, false, title.underline));
    text::insertLiteral(cursor, title.text.toUpper(),
                        text::charFormat(style::titlePt, true, false, title.underline));
    for (qsizetype i = 0; i < title.subtitles.size(); ++i) {
        const bool last = i + 1 == title.subtitles.size();
        const QTextCharFormat format = text::charFormat(writer.bodyPointSize());
        QTextCursor &line =
            writer.paragraph(text::blockFormat(Qt::AlignHCenter, 0, last ? spacing : 0), format);
        text::insertLiteral(line, title.subtitles.at(i), format);
    }
    writer.placement().keepTogether = true;
    writer.placement().keepWithNext = true;
}

void writeHeading(TextWriter &writer, const Heading &heading)
{
    const QTextCharFormat format = text::charFormat(writer.bodyPointSize(), true);
    QTextCursor &cursor = writer.paragraph(
        text::blockFormat(heading.alignment, mmToLayout(style::paragraphSpacingMm), 0), format);
    text::insertLiteral(cursor, heading.text, format);
    writer.placement().keepWithNext = true;
}

void writeParagraph(TextWriter &writer, const Paragraph &paragraph)
{
    QTextBlockFormat format =
        text::blockFormat(paragraph.alignment, 0, mmToLayout(style::paragraphSpacingMm));
    format.setLeftMargin(mmToLayout(paragraph.indentMm));
    format.setTextIndent(mmToLayout(paragraph.firstLineIndentMm));
    const QTextCharFormat charFormat = text::charFormat(writer.bodyPointSize(), paragraph.bold);
    QTextCursor &cursor = writer.paragraph(format, charFormat);
    text::insertLiteral(cursor, paragraph.text, charFormat);
    writer.placement().keepWithNext = paragraph.keepWithNext;
}

void writeList(TextWriter &writer, const List &list)
{
    if (list.items.isEmpty()) {
        return;
    }
    QTextListFormat listFormat;
    listFormat.setStyle(listStyle(list.style));
    listFormat.setIndent(std::max(1, list.level));
    listFormat.setNumberSuffix(QStringLiteral("."));

    const QTextCharFormat charFormat = text::charFormat(writer.bodyPointSize());
    const double itemSpacing = mmToLayout(style::paragraphSpacingMm) / 2;
    QTextList *textList = nullptr;
    for (qsizetype i = 0; i < list.items.size(); ++i) {
        const bool last = i + 1 == list.items.size();
        QTextCursor &cursor = writer.paragraph(
            text::blockFormat(Qt::AlignJustify, 0,
                              last ? mmToLayout(style::paragraphSpacingMm) : itemSpacing),
            charFormat);
        if (textList == nullptr) {
            textList = cursor.createList(listFormat);
        } else {
            textList->add(cursor.block());
        }
        text::insertLiteral(cursor, list.items.at(i), charFormat);
    }
}

} // namespace sisambang::documents
