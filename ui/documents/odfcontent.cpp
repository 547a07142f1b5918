// SPDX-License-Identifier: GPL-3.0-or-later
#include "odfcontent.h"

#include "pagesetup.h"
#include "textwriter.h"

#include <QBuffer>
#include <QHash>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamWriter>

namespace sisambang::documents::odf {

namespace {

// ODF lengths here are points.
QString pt(double layoutUnits)
{
    return QString::number(layoutToPoints(layoutUnits), 'f', 2) + QStringLiteral("pt");
}

QString textAlign(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignJustify) {
        return QStringLiteral("justify");
    }
    if (alignment & Qt::AlignHCenter) {
        return QStringLiteral("center");
    }
    return alignment & Qt::AlignRight ? QStringLiteral("end") : QStringLiteral("start");
}

QString listFormat(QTextListFormat::Style style)
{
    switch (style) {
    case QTextListFormat::ListLowerAlpha:
        return QStringLiteral("a");
    case QTextListFormat::ListUpperAlpha:
        return QStringLiteral("A");
    case QTextListFormat::ListLowerRoman:
        return QStringLiteral("i");
    case QTextListFormat::ListUpperRoman:
        return QStringLiteral("I");
    default:
        return QStringLiteral("1");
    }
}

bool isBullet(QTextListFormat::Style style)
{
    return style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle ||
           style == QTextListFormat::ListSquare;
}

// Automatic styles, each written once however often it is used.
class StyleSheet
{
public:
    // `write` writes the style's element with `name` as its name.
    template<typename Write> QString add(const QString &prefix, Write write)
    {
        // Written once with a stand-in name, so that equal styles compare equal.
        const QString standIn = QStringLiteral("@STYLE@");
        QString xml;
        QXmlStreamWriter writer(&xml);
        write(writer, standIn);
        const auto known = m_names.constFind(xml);
        if (known != m_names.constEnd()) {
            return *known;
        }
        const QString name = prefix + QString::number(m_names.size() + 1);
        m_names.insert(xml, name);
        m_xml += QString(xml).replace(standIn, name);
        return name;
    }

    const QString &xml() const { return m_xml; }

private:
    QHash<QString, QString> m_names;
    QString m_xml;
};

class ContentWriter
{
public:
    explicit ContentWriter(const QTextDocument &text)
        : m_text(text)
        , m_body(&m_bodyXml)
    {
    }

    Content write()
    {
        writeFrame(m_text.rootFrame());
        closeList();
        const QString declarations = QStringLiteral(
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
            "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
            "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
            "office:version=\"1.2\"");
        const QString xml =
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<office:document-content ") +
            declarations + QStringLiteral("><office:automatic-styles>") + m_styles.xml() +
            QStringLiteral("</office:automatic-styles><office:body><office:text>") + m_bodyXml +
            QStringLiteral("</office:text></office:body></office:document-content>");
        return {xml.toUtf8(), m_pictures};
    }

private:
    void writeFrame(QTextFrame *frame)
    {
        QTextFrame::iterator it = frame->begin();
        QTextFrame *previousFrame = nullptr;
        while (!it.atEnd()) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
                closeList();
                writeTable(table);
                previousFrame = table;
                ++it;
                continue;
            }
            const QTextBlock block = it.currentBlock();
            ++it;
            // Qt keeps an empty paragraph before each table and after the last
            // one; it lays them out with no height, and so do we: not at all.
            const bool beforeTable = !it.atEnd() && qobject_cast<QTextTable *>(it.currentFrame());
            const bool trailing = it.atEnd() && previousFrame != nullptr;
            if (block.length() <= 1 && (beforeTable || trailing)) {
                continue;
            }
            writeListItemOrParagraph(block);
            previousFrame = nullptr;
        }
    }

    void writeListItemOrParagraph(const QTextBlock &block)
    {
        QTextList *list = block.textList();
        if (list != m_openList) {
            closeList();
            if (list != nullptr) {
                m_body.writeStartElement(QStringLiteral("text:list"));
                m_body.writeAttribute(QStringLiteral("text:style-name"), listStyle(list->format()));
                m_openList = list;
            }
        }
        if (list != nullptr) {
            m_body.writeStartElement(QStringLiteral("text:list-item"));
            writeParagraph(block);
            m_body.writeEndElement();
        } else {
            writeParagraph(block);
        }
    }

    void closeList()
    {
        if (m_openList != nullptr) {
            m_body.writeEndElement();
            m_openList = nullptr;
        }
    }

    void writeParagraph(const QTextBlock &block)
    {
        m_body.writeStartElement(QStringLiteral("text:p"));
        m_body.writeAttribute(
            QStringLiteral("text:style-name"),
            paragraphStyle(block.blockFormat(), block.charFormat(), block.textDirection()));
        const bool justified = block.blockFormat().alignment() & Qt::AlignJustify;
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment piece = fragment.fragment();
            if (piece.charFormat().isImageFormat()) {
                writePicture(piece.charFormat().toImageFormat());
                continue;
            }
            m_body.writeStartElement(QStringLiteral("text:span"));
            m_body.writeAttribute(QStringLiteral("text:style-name"), textStyle(piece.charFormat()));
            writeText(piece.text(), justified);
            m_body.writeEndElement();
        }
        m_body.writeEndElement();
    }

    // Runs of spaces, tabs and line breaks are elements in ODF. In a justified
    // paragraph a tab before the line break keeps the word processor from
    // stretching the line (as Qt's own writer does).
    void writeText(const QString &text, bool justified)
    {
        QString run;
        int spaces = 0;
        const auto flushSpaces = [&] {
            if (spaces > 0) {
                m_body.writeEmptyElement(QStringLiteral("text:s"));
                if (spaces > 1) {
                    m_body.writeAttribute(QStringLiteral("text:c"), QString::number(spaces));
                }
                spaces = 0;
            }
        };
        const auto flushRun = [&] {
            m_body.writeCharacters(run);
            run.clear();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u' ' && (i == 0 || run.isEmpty() || run.endsWith(u' ') || spaces > 0)) {
                flushRun();
                ++spaces;
                continue;
            }
            flushSpaces();
            if (c == QChar::LineSeparator || c == u'\t') {
                flushRun();
                if (c == QChar::LineSeparator && justified) {
                    m_body.writeEmptyElement(QStringLiteral("text:tab"));
                }
                m_body.writeEmptyElement(c == u'\t' ? QStringLiteral("text:tab")
                                                    : QStringLiteral("text:line-break"));
            } else if (c != QChar::ObjectReplacementCharacter) {
                run.append(c);
            }
        }
        flushSpaces();
        flushRun();
    }

    void writePicture(const QTextImageFormat &format)
    {
        const QVariant resource =
            m_text.resource(QTextDocument::ImageResource, QUrl(format.name()));
        const QImage image = resource.value<QImage>();
        if (image.isNull()) {
            return;
        }
        // Photos as JPEG, drawings and logos (with transparency) as PNG.
        const bool png = image.hasAlphaChannel();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, png ? "PNG" : "JPEG", png ? -1 : 90);
        const QString path = QStringLiteral("Pictures/%1.%2")
                                 .arg(m_pictures.size() + 1)
                                 .arg(png ? QStringLiteral("png") : QStringLiteral("jpg"));
        m_pictures.append(
            {path, png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"), bytes});

        m_body.writeStartElement(QStringLiteral("draw:frame"));
        m_body.writeAttribute(QStringLiteral("draw:name"),
                              QStringLiteral("Gambar%1").arg(m_pictures.size()));
        m_body.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
        m_body.writeAttribute(QStringLiteral("svg:width"), pt(format.width()));
        m_body.writeAttribute(QStringLiteral("svg:height"), pt(format.height()));
        m_body.writeEmptyElement(QStringLiteral("draw:image"));
        m_body.writeAttribute(QStringLiteral("xlink:href"), path);
        m_body.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        m_body.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
        m_body.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
        m_body.writeEndElement();
    }

    void writeTable(QTextTable *table)
    {
        const QTextTableFormat format = table->format();
        const double available = m_text.pageSize().width() - format.leftMargin();
        const double width = format.width().type() == QTextLength::FixedLength
                                 ? format.width().rawValue()
                                 : format.width().value(available);
        const QList<QTextLength> constraints = format.columnWidthConstraints();

        m_body.writeStartElement(QStringLiteral("table:table"));
        m_body.writeAttribute(QStringLiteral("table:name"),
                              QStringLiteral("Tabel%1").arg(++m_tables));
        m_body.writeAttribute(QStringLiteral("table:style-name"), tableStyle(format, width));
        for (int column = 0; column < table->columns(); ++column) {
            const QTextLength length = constraints.value(column);
            const double columnWidth = length.type() == QTextLength::VariableLength
                                           ? width / table->columns()
                                           : length.value(width);
            m_body.writeEmptyElement(QStringLiteral("table:table-column"));
            m_body.writeAttribute(QStringLiteral("table:style-name"), columnStyle(columnWidth));
        }
        const int headerRows = std::min(format.headerRowCount(), table->rows() - 1);
        for (int r = 0; r < table->rows(); ++r) {
            if (r == 0 && headerRows > 0) {
                m_body.writeStartElement(QStringLiteral("table:table-header-rows"));
            }
            m_body.writeStartElement(QStringLiteral("table:table-row"));
            m_body.writeAttribute(QStringLiteral("table:style-name"), rowStyle());
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(r, column);
                if (cell.row() != r || cell.column() != column) {
                    m_body.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
                    continue;
                }
                writeCell(format, cell);
            }
            m_body.writeEndElement();
            if (r + 1 == headerRows) {
                m_body.writeEndElement();
            }
        }
        m_body.writeEndElement();
    }

    void writeCell(const QTextTableFormat &table, const QTextTableCell &cell)
    {
        m_body.writeStartElement(QStringLiteral("table:table-cell"));
        m_body.writeAttribute(QStringLiteral("table:style-name"),
                              cellStyle(table, cell.format().toTableCellFormat()));
        m_body.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        if (cell.columnSpan() > 1) {
            m_body.writeAttribute(QStringLiteral("table:number-columns-spanned"),
                                  QString::number(cell.columnSpan()));
        }
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            if (it.currentFrame() == nullptr) {
                writeListItemOrParagraph(it.currentBlock());
            }
        }
        closeList();
        m_body.writeEndElement();
    }

    QString paragraphStyle(const QTextBlockFormat &format, const QTextCharFormat &text,
                           Qt::LayoutDirection direction)
    {
        return m_styles.add(QStringLiteral("P"), [&](QXmlStreamWriter &xml, const QString &name) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            xml.writeAttribute(QStringLiteral("fo:text-align"), textAlign(format.alignment()));
            xml.writeAttribute(QStringLiteral("fo:margin-top"), pt(format.topMargin()));
            xml.writeAttribute(QStringLiteral("fo:margin-bottom"), pt(format.bottomMargin()));
            xml.writeAttribute(QStringLiteral("fo:margin-left"),
                               pt(format.leftMargin() + format.indent() * m_text.indentWidth()));
            xml.writeAttribute(QStringLiteral("fo:text-indent"), pt(format.textIndent()));
            if (direction == Qt::RightToLeft) {
                xml.writeAttribute(QStringLiteral("style:writing-mode"), QStringLiteral("rl-tb"));
            }
            switch (format.lineHeightType()) {
            case QTextBlockFormat::ProportionalHeight:
                xml.writeAttribute(QStringLiteral("fo:line-height"),
                                   QString::number(format.lineHeight()) + u'%');
                break;
            case QTextBlockFormat::FixedHeight:
                xml.writeAttribute(QStringLiteral("fo:line-height"), pt(format.lineHeight()));
                break;
            case QTextBlockFormat::MinimumHeight:
                xml.writeAttribute(QStringLiteral("style:line-height-at-least"),
                                   pt(format.lineHeight()));
                break;
            default:
                break;
            }
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                xml.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            }
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter) {
                xml.writeAttribute(QStringLiteral("fo:break-after"), QStringLiteral("page"));
            }
            if (format.boolProperty(keepWithNextProperty)) {
                xml.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
            }
            writeTextProperties(xml, text);
            xml.writeEndElement();
        });
    }

    QString textStyle(const QTextCharFormat &format)
    {
        return m_styles.add(QStringLiteral("T"), [&](QXmlStreamWriter &xml, const QString &name) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("text"));
            writeTextProperties(xml, format);
            xml.writeEndElement();
        });
    }

    static void writeTextProperties(QXmlStreamWriter &xml, const QTextCharFormat &format)
    {
        xml.writeEmptyElement(QStringLiteral("style:text-properties"));
        const QStringList families = format.fontFamilies().toStringList();
        if (!families.isEmpty()) {
            xml.writeAttribute(QStringLiteral("fo:font-family"), u'\'' + families.first() + u'\'');
            xml.writeAttribute(QStringLiteral("style:font-family-generic"),
                               QStringLiteral("swiss"));
        }
        if (format.hasProperty(QTextFormat::FontPointSize)) {
            xml.writeAttribute(QStringLiteral("fo:font-size"),
                               QString::number(format.fontPointSize()) + QStringLiteral("pt"));
        }
        if (format.hasProperty(QTextFormat::FontWeight)) {
            xml.writeAttribute(QStringLiteral("fo:font-weight"), format.fontWeight() >= QFont::Bold
                                                                     ? QStringLiteral("bold")
                                                                     : QStringLiteral("normal"));
        }
        if (format.fontItalic()) {
            xml.writeAttribute(QStringLiteral("fo:font-style"), QStringLiteral("italic"));
        }
        if (format.fontUnderline()) {
            xml.writeAttribute(QStringLiteral("style:text-underline-style"),
                               QStringLiteral("solid"));
            xml.writeAttribute(QStringLiteral("style:text-underline-width"),
                               QStringLiteral("auto"));
            xml.writeAttribute(QStringLiteral("style:text-underline-color"),
                               QStringLiteral("font-color"));
        }
    }

    QString listStyle(const QTextListFormat &format)
    {
        return m_styles.add(QStringLiteral("L"), [&](QXmlStreamWriter &xml, const QString &name) {
            const double indent = format.indent() * m_text.indentWidth();
            xml.writeStartElement(QStringLiteral("text:list-style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            if (isBullet(format.style())) {
                xml.writeStartElement(QStringLiteral("text:list-level-style-bullet"));
                xml.writeAttribute(QStringLiteral("text:level"), QStringLiteral("1"));
                xml.writeAttribute(QStringLiteral("text:bullet-char"), QStringLiteral("\u2022"));
            } else {
                xml.writeStartElement(QStringLiteral("text:list-level-style-number"));
                xml.writeAttribute(QStringLiteral("text:level"), QStringLiteral("1"));
                xml.writeAttribute(QStringLiteral("style:num-suffix"), format.numberSuffix());
                xml.writeAttribute(QStringLiteral("style:num-format"), listFormat(format.style()));
            }
            xml.writeStartElement(QStringLiteral("style:list-level-properties"));
            xml.writeAttribute(QStringLiteral("text:list-level-position-and-space-mode"),
                               QStringLiteral("label-alignment"));
            xml.writeEmptyElement(QStringLiteral("style:list-level-label-alignment"));
            xml.writeAttribute(QStringLiteral("text:label-followed-by"), QStringLiteral("listtab"));
            xml.writeAttribute(QStringLiteral("text:list-tab-stop-position"), pt(indent));
            xml.writeAttribute(QStringLiteral("fo:text-indent"), pt(-m_text.indentWidth()));
            xml.writeAttribute(QStringLiteral("fo:margin-left"), pt(indent));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    QString tableStyle(const QTextTableFormat &format, double width)
    {
        return m_styles.add(QStringLiteral("Tb"), [&](QXmlStreamWriter &xml, const QString &name) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table"));
            xml.writeEmptyElement(QStringLiteral("style:table-properties"));
            xml.writeAttribute(QStringLiteral("style:width"), pt(width));
            xml.writeAttribute(QStringLiteral("table:align"), QStringLiteral("left"));
            xml.writeAttribute(QStringLiteral("fo:margin-left"), pt(format.leftMargin()));
            xml.writeAttribute(QStringLiteral("fo:margin-top"), pt(format.topMargin()));
            xml.writeAttribute(QStringLiteral("fo:margin-bottom"), pt(format.bottomMargin()));
            xml.writeAttribute(QStringLiteral("table:border-model"), QStringLiteral("collapsing"));
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                xml.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            }
            if (format.boolProperty(keepTogetherProperty)) {
                xml.writeAttribute(QStringLiteral("style:may-break-between-rows"),
                                   QStringLiteral("false"));
            }
            xml.writeEndElement();
        });
    }

    QString columnStyle(double width)
    {
        return m_styles.add(QStringLiteral("Col"), [&](QXmlStreamWriter &xml, const QString &name) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-column"));
            xml.writeEmptyElement(QStringLiteral("style:table-column-properties"));
            xml.writeAttribute(QStringLiteral("style:column-width"), pt(width));
            xml.writeEndElement();
        });
    }

    // Rows never break over a page, as in the PDF.
    QString rowStyle()
    {
        return m_styles.add(QStringLiteral("Row"), [](QXmlStreamWriter &xml, const QString &name) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-row"));
            xml.writeEmptyElement(QStringLiteral("style:table-row-properties"));
            xml.writeAttribute(QStringLiteral("fo:keep-together"), QStringLiteral("always"));
            xml.writeEndElement();
        });
    }

    QString cellStyle(const QTextTableFormat &table, const QTextTableCellFormat &cell)
    {
        const auto padding = [&](QTextFormat::Property property) {
            return cell.hasProperty(property) ? cell.doubleProperty(property) : table.cellPadding();
        };
        const auto border = [&](QTextFormat::Property width, QTextFormat::Property style,
                                QTextFormat::Property brush) {
            const double value =
                cell.hasProperty(width) ? cell.doubleProperty(width) : table.border();
            const auto kind = cell.hasProperty(style)
                                  ? QTextFrameFormat::BorderStyle(cell.intProperty(style))
                                  : table.borderStyle();
            if (value <= 0 || kind == QTextFrameFormat::BorderStyle_None) {
                return QStringLiteral("none");
            }
            const QBrush paint =
                cell.hasProperty(brush) ? cell.brushProperty(brush) : table.borderBrush();
            return pt(value) + QStringLiteral(" solid ") + paint.color().name();
        };
        return m_styles.add(QStringLiteral("C"), [&](QXmlStreamWriter &xml, const QString &name) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
            xml.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
            xml.writeAttribute(QStringLiteral("fo:padding-top"),
                               pt(padding(QTextFormat::TableCellTopPadding)));
            xml.writeAttribute(QStringLiteral("fo:padding-bottom"),
                               pt(padding(QTextFormat::TableCellBottomPadding)));
            xml.writeAttribute(QStringLiteral("fo:padding-left"),
                               pt(padding(QTextFormat::TableCellLeftPadding)));
            xml.writeAttribute(QStringLiteral("fo:padding-right"),
                               pt(padding(QTextFormat::TableCellRightPadding)));
            xml.writeAttribute(QStringLiteral("fo:border-top"),
                               border(QTextFormat::TableCellTopBorder,
                                      QTextFormat::TableCellTopBorderStyle,
                                      QTextFormat::TableCellTopBorderBrush));
            xml.writeAttribute(QStringLiteral("fo:border-bottom"),
                               border(QTextFormat::TableCellBottomBorder,
                                      QTextFormat::TableCellBottomBorderStyle,
                                      QTextFormat::TableCellBottomBorderBrush));
            xml.writeAttribute(QStringLiteral("fo:border-left"),
                               border(QTextFormat::TableCellLeftBorder,
                                      QTextFormat::TableCellLeftBorderStyle,
                                      QTextFormat::TableCellLeftBorderBrush));
            xml.writeAttribute(QStringLiteral("fo:border-right"),
                               border(QTextFormat::TableCellRightBorder,
                                      QTextFormat::TableCellRightBorderStyle,
                                      QTextFormat::TableCellRightBorderBrush));
            if (cell.background().style() != Qt::NoBrush) {
                xml.writeAttribute(QStringLiteral("fo:background-color"),
                                   cell.background().color().name());
            }
            if (cell.verticalAlignment() == QTextCharFormat::AlignMiddle) {
                xml.writeAttribute(QStringLiteral("style:vertical-align"),
                                   QStringLiteral("middle"));
            }
            xml.writeEndElement();
        });
    }

    const QTextDocument &m_text;
    QString m_bodyXml;
    QXmlStreamWriter m_body;
    StyleSheet m_styles;
    QList<Picture> m_pictures;
    QTextList *m_openList = nullptr;
    int m_tables = 0;
};

} // namespace

Content contentXml(const QTextDocument &text)
{
    return ContentWriter(text).write();
}

} // namespace sisambang::documents::odf
