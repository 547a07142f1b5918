// SPDX-License-Identifier: GPL-3.0-or-later
#include "odfstyles.h"

#include "documentstyle.h"

#include <QXmlStreamWriter>

namespace sisambang::documents::odf {

namespace {

const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString svgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

// The header and footer bands sit where the renderer paints them.
constexpr double bandOffsetMm = PageSetup::bandOffsetMm;
constexpr double bandHeightMm = PageSetup::bandHeightMm;

QString mm(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

QString textAlign(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignHCenter) {
        return QStringLiteral("center");
    }
    return alignment & Qt::AlignRight ? QStringLiteral("end") : QStringLiteral("start");
}

void paragraphStyle(QXmlStreamWriter &xml, const QString &name, Qt::Alignment alignment,
                    double pointSize)
{
    xml.writeStartElement(styleNs, QStringLiteral("style"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), name);
    xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(foNs, QStringLiteral("text-align"), textAlign(alignment));
    xml.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
    xml.writeAttribute(foNs, QStringLiteral("font-size"),
                       QString::number(pointSize) + QStringLiteral("pt"));
    xml.writeEndElement();
}

// A band of `height` mm that keeps `gap` mm from the body.
void bandStyle(QXmlStreamWriter &xml, const QString &element, double height, double gap, bool above)
{
    xml.writeStartElement(styleNs, element);
    xml.writeEmptyElement(styleNs, QStringLiteral("header-footer-properties"));
    xml.writeAttribute(foNs, QStringLiteral("min-height"), mm(height));
    xml.writeAttribute(foNs, above ? QStringLiteral("margin-bottom") : QStringLiteral("margin-top"),
                       mm(gap));
    xml.writeEndElement();
}

void pageNumbersParagraph(QXmlStreamWriter &xml, const QString &format)
{
    xml.writeStartElement(textNs, QStringLiteral("p"));
    xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("SiSambangFooter"));
    // "Halaman %1 dari %2": the placeholders become live fields.
    QString pending;
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format.at(i) == u'%' && i + 1 < format.size() &&
            (format.at(i + 1) == u'1' || format.at(i + 1) == u'2')) {
            xml.writeCharacters(pending);
            pending.clear();
            const bool number = format.at(i + 1) == u'1';
            xml.writeStartElement(textNs, number ? QStringLiteral("page-number")
                                                 : QStringLiteral("page-count"));
            if (number) {
                xml.writeAttribute(textNs, QStringLiteral("select-page"),
                                   QStringLiteral("current"));
            }
            xml.writeCharacters(QStringLiteral("1"));
            xml.writeEndElement();
            ++i;
        } else {
            pending.append(format.at(i));
        }
    }
    xml.writeCharacters(pending);
    xml.writeEndElement();
}

} // namespace

QByteArray stylesXml(const Document &document)
{
    const PageSetup &page = document.page;
    const QSizeF paper = page.paperSizeMm();
    const QMarginsF margins = page.marginsMm();
    const PageDecoration &decoration = document.decoration;
    // ODF has no "different first page" without touching the body's styles, so a
    // header meant to skip the first page is left out of the ODT.
    const bool header = !decoration.header.isEmpty() && decoration.headerOnFirstPage;
    const bool footer = !decoration.pageNumbers.isEmpty();

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeNamespace(officeNs, QStringLiteral("office"));
    xml.writeNamespace(styleNs, QStringLiteral("style"));
    xml.writeNamespace(foNs, QStringLiteral("fo"));
    xml.writeNamespace(textNs, QStringLiteral("text"));
    xml.writeNamespace(svgNs, QStringLiteral("svg"));
    xml.writeStartDocument();
    xml.writeStartElement(officeNs, QStringLiteral("document-styles"));
    xml.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.2"));

    const QString family = style::fontFamilies().constFirst();
    xml.writeStartElement(officeNs, QStringLiteral("font-face-decls"));
    xml.writeEmptyElement(styleNs, QStringLiteral("font-face"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), family);
    xml.writeAttribute(svgNs, QStringLiteral("font-family"), u'\'' + family + u'\'');
    xml.writeAttribute(styleNs, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    xml.writeAttribute(styleNs, QStringLiteral("font-pitch"), QStringLiteral("variable"));
    xml.writeEndElement();

    xml.writeStartElement(officeNs, QStringLiteral("styles"));
    xml.writeStartElement(styleNs, QStringLiteral("default-style"));
    xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
    xml.writeAttribute(styleNs, QStringLiteral("font-name"), family);
    xml.writeAttribute(foNs, QStringLiteral("font-size"),
                       QString::number(document.bodyPointSize) + QStringLiteral("pt"));
    xml.writeAttribute(foNs, QStringLiteral("language"), QStringLiteral("id"));
    xml.writeAttribute(foNs, QStringLiteral("country"), QStringLiteral("ID"));
    xml.writeEndElement();
    paragraphStyle(xml, QStringLiteral("SiSambangHeader"), Qt::AlignLeft, style::decorationPt);
    paragraphStyle(xml, QStringLiteral("SiSambangFooter"), decoration.pageNumberAlignment,
                   style::decorationPt);
    xml.writeEndElement(); // styles

    // Body where the PDF has it: the page margin runs to the band, the band and
    // its gap fill the rest of our margin.
    const double topBand = std::min(bandHeightMm, margins.top() - bandOffsetMm);
    const double bottomBand = std::min(bandHeightMm, margins.bottom() - bandOffsetMm);
    const bool headerFits = header && topBand > 0;
    const bool footerFits = footer && bottomBand > 0;
    xml.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
    xml.writeStartElement(styleNs, QStringLiteral("page-layout"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("SiSambangPage"));
    xml.writeEmptyElement(styleNs, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(foNs, QStringLiteral("page-width"), mm(paper.width()));
    xml.writeAttribute(foNs, QStringLiteral("page-height"), mm(paper.height()));
    xml.writeAttribute(styleNs, QStringLiteral("print-orientation"),
                       page.orientation() == QPageLayout::Landscape ? QStringLiteral("landscape")
                                                                    : QStringLiteral("portrait"));
    xml.writeAttribute(foNs, QStringLiteral("margin-left"), mm(margins.left()));
    xml.writeAttribute(foNs, QStringLiteral("margin-right"), mm(margins.right()));
    xml.writeAttribute(foNs, QStringLiteral("margin-top"),
                       mm(headerFits ? bandOffsetMm : margins.top()));
    xml.writeAttribute(foNs, QStringLiteral("margin-bottom"),
                       mm(footerFits ? bandOffsetMm : margins.bottom()));
    if (headerFits) {
        bandStyle(xml, QStringLiteral("header-style"), topBand,
                  margins.top() - bandOffsetMm - topBand, true);
    }
    if (footerFits) {
        bandStyle(xml, QStringLiteral("footer-style"), bottomBand,
                  margins.bottom() - bandOffsetMm - bottomBand, false);
    }
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(officeNs, QStringLiteral("master-styles"));
    xml.writeStartElement(styleNs, QStringLiteral("master-page"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(styleNs, QStringLiteral("page-layout-name"),
                       QStringLiteral("SiSambangPage"));
    if (headerFits) {
        xml.writeStartElement(styleNs, QStringLiteral("header"));
        xml.writeStartElement(textNs, QStringLiteral("p"));
        xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("SiSambangHeader"));
        xml.writeCharacters(decoration.header);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    if (footerFits) {
        xml.writeStartElement(styleNs, QStringLiteral("footer"));
        pageNumbersParagraph(xml, decoration.pageNumbers);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndElement(); // document-styles
    xml.writeEndDocument();
    return out;
}

} // namespace sisambang::documents::odf
