// SPDX-License-Identifier: GPL-3.0-or-later
// Writers for the blocks laid out as tables: data tables, key-value rows and
// signature blocks.
#include "blockwriters.h"
#include "documentstyle.h"
#include "indonesiantext.h"
#include "textformats.h"
#include "textwriter.h"

#include <QTextCursor>
#include <QTextTable>

#include <numeric>

namespace sisambang::documents {

namespace {

QTextLength percent(double value)
{
    return QTextLength(QTextLength::PercentageLength, value);
}

// Columns without a width share what the others leave; more than 100% is scaled down.
QList<double> columnWidths(const QList<TableColumn> &columns)
{
    QList<double> widths;
    double given = 0;
    int open = 0;
    for (const TableColumn &column : columns) {
        widths.append(std::max(0.0, column.widthPercent));
        given += widths.last();
        open += widths.last() <= 0 ? 1 : 0;
    }
    const double share = open > 0 ? std::max(0.0, 100.0 - given) / open : 0;
    for (double &width : widths) {
        width = width <= 0 ? share : width;
    }
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (total > 100.0) {
        for (double &width : widths) {
            width *= 100.0 / total;
        }
    }
    return widths;
}

// Rules are drawn per cell, not as a frame around the table: a frame border would
// run on to the foot of the page where a table breaks. Each rule belongs to one
// cell (see setRules), so the borders need not be collapsed: Qt's collapsing
// looks up the neighbours of every cell edge and was half of laying out and
// drawing a table (the yearly recap: 395 M -> 291 M instructions).
QTextTableFormat tableFormat(const QList<double> &widths)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderCollapse(false);
    format.setCellSpacing(0);
    format.setCellPadding(mmToLayout(style::cellPaddingMm));
    format.setMargin(0);
    format.setWidth(percent(100));
    QList<QTextLength> constraints;
    for (double width : widths) {
        constraints.append(percent(width));
    }
    format.setColumnWidthConstraints(constraints);
    return format;
}

// Every cell draws its right and bottom rules; the first row its top and the
// first column its left one, so that each line is drawn once, one rule wide.
void setRules(QTextTableCellFormat &format, double width, int row, int column)
{
    format.setBorder(width);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::black);
    if (row > 0) {
        format.setTopBorder(0);
        format.setTopBorderStyle(QTextFrameFormat::BorderStyle_None);
    }
    if (column > 0) {
        format.setLeftBorder(0);
        format.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
    }
}

QTextTableCellFormat cellFormat(const QTextTable *table, int row, int column)
{
    return table->cellAt(row, column).format().toTableCellFormat();
}

// Writes one row of cells: rules, shading, spans and the literal text.
void writeRow(QTextTable *table, int row, const QList<TableCell> &cells,
              const QList<TableColumn> &columns, double pointSize, bool header,
              double minimumLineHeight)
{
    const double rule = pointsToLayout(style::ruleWidthPt);
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCellFormat format = cellFormat(table, row, column);
        setRules(format, rule, row, column);
        format.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        if (header) {
            format.setBackground(style::headerShade);
        }
        table->cellAt(row, column).setFormat(format);
    }

    int column = 0;
    for (const TableCell &cell : cells) {
        if (column >= table->columns()) {
            break;
        }
        const int span = std::clamp(cell.columnSpan, 1, int(table->columns()) - column);
        if (span > 1) {
            table->mergeCells(row, column, 1, span);
        }
        if (cell.joinLeft && column > 0) {
            QTextTableCellFormat left = cellFormat(table, row, column - 1);
            left.setRightBorder(0);
            left.setRightBorderStyle(QTextFrameFormat::BorderStyle_None);
            table->cellAt(row, column - 1).setFormat(left); // its own has none (setRules)
        }
        const Qt::Alignment alignment =
            cell.alignment.value_or(header ? Qt::AlignHCenter : columns.value(column).alignment);
        QTextBlockFormat blockFormat = text::blockFormat(alignment);
        blockFormat.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
        if (column == 0 && minimumLineHeight > 0) {
            // The first cell holds the row open with even padding above and below
            // its line, so its text is centred like the others beside it. (Block
            // margins would not do: Qt drops those of a cell's only paragraph.)
            const double space =
                std::max(0.0, minimumLineHeight - 2 * rule -
                                  text::lineSpacing(pointSize, header || cell.bold));
            QTextTableCellFormat padded = cellFormat(table, row, column);
            padded.setTopPadding(mmToLayout(style::cellPaddingMm) + space / 2);
            padded.setBottomPadding(mmToLayout(style::cellPaddingMm) + space / 2);
            table->cellAt(row, column).setFormat(padded);
        }
        const QTextCharFormat charFormat = text::charFormat(pointSize, header || cell.bold);
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        cursor.setBlockFormat(blockFormat); // not the block char format: that is the cell's
        text::insertLiteral(cursor, cell.text, charFormat);
        column += span;
    }
}

// The first paragraph of a cell reuses the one Qt made. Its block char format
// is the cell's own format (rules, padding), so it must be left alone.
QTextCursor cellParagraph(QTextCursor &cursor, bool first, Qt::Alignment alignment,
                          const QTextCharFormat &format)
{
    QTextBlockFormat blockFormat = text::blockFormat(alignment);
    if (first) {
        cursor.setBlockFormat(blockFormat);
    } else {
        cursor.insertBlock(blockFormat, format);
    }
    return cursor;
}

} // namespace

void writeTable(TextWriter &writer, const Table &table, const QList<int> &breakRows,
                const QSet<int> &forcedRows)
{
    if (table.columns.isEmpty()) {
        return;
    }
    const QList<double> widths = columnWidths(table.columns);
    const double pointSize = table.pointSize > 0 ? table.pointSize : writer.tablePointSize();
    const double padding = mmToLayout(style::cellPaddingMm);
    const double minimumLineHeight =
        table.minimumRowHeightMm > 0 ? mmToLayout(table.minimumRowHeightMm) - 2 * padding : 0;
    const int headerRows = int(table.headerRows.size());

    QList<int> starts{0};
    for (int row : breakRows) {
        if (row > starts.last() && row < table.rows.size()) {
            starts.append(row);
        }
    }
    writer.placement().headerRowCount = headerRows;
    for (qsizetype part = 0; part < starts.size(); ++part) {
        const int first = starts.at(part);
        const int end = part + 1 < starts.size() ? starts.at(part + 1) : int(table.rows.size());
        const int rows = headerRows + (end - first);
        if (rows == 0) {
            continue;
        }
        QTextTableFormat format = tableFormat(widths);
        format.setHeaderRowCount(headerRows);
        if (part == 0) {
            format.setTopMargin(mmToLayout(style::blockSpacingMm) / 2);
        }
        if (part + 1 < starts.size()) {
            // The next part starts a page: Qt moves it there itself when its first
            // row does not fit (a forced break would then cost a blank page), and
            // is told to where it would split that row instead.
            if (forcedRows.contains(starts.at(part + 1))) {
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
            }
            format.setBottomMargin(0);
        } else {
            format.setBottomMargin(mmToLayout(style::blockSpacingMm));
        }
        QTextTable *textTable = writer.table(rows, int(widths.size()), format);
        writer.placement().partFirstRows.append(first);
        for (int row = 0; row < headerRows; ++row) {
            writeRow(textTable, row, table.headerRows.at(row), table.columns, pointSize, true, 0);
        }
        for (int row = first; row < end; ++row) {
            writeRow(textTable, headerRows + row - first, table.rows.at(row), table.columns,
                     pointSize, false, minimumLineHeight);
        }
    }
}

void writeKeyValueRows(TextWriter &writer, const KeyValueRows &rows)
{
    if (rows.rows.isEmpty()) {
        return;
    }
    const double indent = mmToLayout(rows.indentMm);
    const double available = std::max(1.0, writer.textWidth() - indent);
    const double key = std::clamp(rows.keyWidthPercent, 5.0, 80.0) * writer.textWidth() / available;
    const double colon = mmToLayout(3.0) / available * 100;
    QTextTableFormat format = tableFormat({key, colon, std::max(1.0, 100.0 - key - colon)});
    format.setCellPadding(0);
    format.setLeftMargin(indent);
    // A frame's width includes its margins: the columns share what the indent leaves.
    format.setWidth(QTextLength(QTextLength::FixedLength, available + indent));
    format.setBottomMargin(mmToLayout(style::paragraphSpacingMm));

    QTextTable *table = writer.table(int(rows.rows.size()), 3, format);
    const QTextCharFormat charFormat = text::charFormat(writer.bodyPointSize());
    const double gap = mmToLayout(0.6);
    for (int row = 0; row < rows.rows.size(); ++row) {
        const KeyValue &pair = rows.rows.at(row);
        const QStringList texts{pair.key, QStringLiteral(":"), pair.value};
        for (int column = 0; column < 3; ++column) {
            QTextTableCellFormat cell = cellFormat(table, row, column);
            cell.setTopPadding(gap);
            cell.setBottomPadding(gap);
            cell.setRightPadding(column == 2 ? 0 : mmToLayout(1.0));
            table->cellAt(row, column).setFormat(cell);
            QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
            cellParagraph(cursor, true, Qt::AlignLeft, charFormat);
            text::insertLiteral(cursor, texts.at(column), charFormat);
        }
    }
    writer.placement().keepTogether = true;
    writer.placement().keepTogetherMaxPage = 0.4;
}

void writeSignatureRow(TextWriter &writer, const SignatureRow &row)
{
    if (row.signatures.isEmpty()) {
        return;
    }
    // A single signer signs on the right half, as Indonesian letters do.
    QList<std::optional<Signature>> slots;
    if (row.signatures.size() == 1) {
        slots.append(std::nullopt);
    }
    for (const Signature &signature : row.signatures) {
        slots.append(signature);
    }
    const int columns = int(slots.size());
    QTextTableFormat format = tableFormat(QList<double>(columns, 100.0 / columns));
    format.setTopMargin(mmToLayout(style::blockSpacingMm));
    format.setBottomMargin(mmToLayout(style::blockSpacingMm));
    QTextTable *table = writer.table(1, columns, format);

    // Blocks are padded with blank lines so that the roles, the space to sign and
    // the names line up across the row: the place-and-date or opening lines at the
    // bottom of their group, the role lines at the top of theirs.
    const auto headLines = [](const Signature &signature) {
        QStringList lines;
        for (const QString &line : {signature.placeAndDate, signature.opening}) {
            if (!line.trimmed().isEmpty()) {
                lines.append(line);
            }
        }
        return lines;
    };
    const auto roleLines = [](const Signature &signature) {
        return text::printable(signature.role).split(QChar::LineSeparator, Qt::SkipEmptyParts);
    };
    qsizetype headCount = 0;
    qsizetype roleCount = 0;
    for (const Signature &signature : row.signatures) {
        headCount = std::max(headCount, headLines(signature).size());
        roleCount = std::max(roleCount, roleLines(signature).size());
    }

    const QTextCharFormat plain = text::charFormat(writer.bodyPointSize());
    const QTextCharFormat name = text::charFormat(writer.bodyPointSize(), true, false, true);
    for (int column = 0; column < columns; ++column) {
        if (!slots.at(column)) {
            continue;
        }
        const Signature &signature = *slots.at(column);
        QStringList lines = headLines(signature);
        while (lines.size() < headCount) {
            lines.prepend(QString());
        }
        QStringList role = roleLines(signature);
        while (role.size() < roleCount) {
            role.append(QString());
        }
        lines.append(role);

        QTextCursor cursor = table->cellAt(0, column).firstCursorPosition();
        bool first = true;
        for (const QString &line : std::as_const(lines)) {
            cellParagraph(cursor, first, Qt::AlignHCenter, plain);
            text::insertLiteral(cursor, line, plain);
            first = false;
        }
        QTextBlockFormat space = text::blockFormat(Qt::AlignHCenter);
        space.setLineHeight(mmToLayout(style::signatureSpaceMm), QTextBlockFormat::FixedHeight);
        if (first) {
            cursor.setBlockFormat(space);
        } else {
            cursor.insertBlock(space, plain);
        }
        cellParagraph(cursor, false, Qt::AlignHCenter, name);
        text::insertLiteral(cursor, signature.name, name);
        if (!signature.nip.trimmed().isEmpty()) {
            cellParagraph(cursor, false, Qt::AlignHCenter, plain);
            text::insertLiteral(cursor, indonesian::nipLine(signature.nip), plain);
        }
    }
    writer.placement().keepTogether = true;
    writer.placement().keepWithPrevious = true;
}

} // namespace sisambang::documents
