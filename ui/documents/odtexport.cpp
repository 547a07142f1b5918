// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtexport.h"

#include "documentstyle.h"
#include "odfstyles.h"
#include "textbuilder.h"
#include "ziparchive.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace sisambang::documents {

namespace {

const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

// Header row counts of the document's tables in the order Qt's writer emits them.
void collectHeaderRows(QTextFrame *frame, QList<int> &counts)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            counts.append(std::min(table->format().headerRowCount(), table->rows() - 1));
        }
        collectHeaderRows(child, counts);
    }
}

// Wraps each table's first rows in <table:table-header-rows>, which Qt's writer
// does not do, so the word processor repeats them on every page.
std::optional<QByteArray> markHeaderRows(const QByteArray &content, QList<int> counts)
{
    struct OpenTable
    {
        int headerRows = 0;
        int rowsSeen = 0;
        int depth = 0; // element depth of the table element
    };
    QByteArray out;
    QXmlStreamReader reader(content);
    QXmlStreamWriter writer(&out);
    QList<OpenTable> tables;
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            const bool isRow =
                reader.namespaceUri() == tableNs && reader.name() == QLatin1String("table-row");
            if (isRow && !tables.isEmpty() && tables.last().depth == depth - 1 &&
                tables.last().headerRows > 0 && tables.last().rowsSeen == 0) {
                writer.writeStartElement(tableNs, QStringLiteral("table-header-rows"));
            }
            // Declarations first, so every element keeps its document's prefixes.
            for (const auto &declaration : reader.namespaceDeclarations()) {
                writer.writeNamespace(declaration.namespaceUri().toString(),
                                      declaration.prefix().toString());
            }
            writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
            writer.writeAttributes(reader.attributes());
            if (reader.namespaceUri() == tableNs && reader.name() == QLatin1String("table")) {
                tables.append({counts.isEmpty() ? 0 : counts.takeFirst(), 0, depth});
            }
        } else if (reader.isEndElement()) {
            writer.writeEndElement();
            if (!tables.isEmpty() && reader.namespaceUri() == tableNs) {
                OpenTable &table = tables.last();
                if (reader.name() == QLatin1String("table-row") && table.depth == depth - 1) {
                    ++table.rowsSeen;
                    if (table.rowsSeen == table.headerRows) {
                        writer.writeEndElement(); // table-header-rows
                    }
                } else if (reader.name() == QLatin1String("table") && table.depth == depth) {
                    tables.removeLast();
                }
            }
            --depth;
        } else {
            writer.writeCurrentToken(reader);
        }
    }
    if (reader.hasError()) {
        return std::nullopt;
    }
    return out;
}

QByteArray withStylesInManifest(QByteArray manifest)
{
    const QByteArray end("</manifest:manifest>");
    const qsizetype at = manifest.lastIndexOf(end);
    if (at >= 0) {
        manifest.insert(at, " <manifest:file-entry manifest:media-type=\"text/xml\" "
                            "manifest:full-path=\"styles.xml\"/>\n");
    }
    return manifest;
}

} // namespace

db::Result<QByteArray> OdtExport::render(const Document &document)
{
    TextBuilder builder(document, TextTarget::Flowing);
    const std::unique_ptr<QTextDocument> text = builder.build();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(text.get())) {
        return db::Error::failed(tr("Could not produce the ODT document."));
    }
    auto entries = ZipArchive::read(buffer.data());
    if (!entries) {
        return entries.error();
    }
    QList<int> headerRows;
    collectHeaderRows(text->rootFrame(), headerRows);
    for (ZipArchive::Entry &entry : *entries) {
        if (entry.name == QStringLiteral("content.xml")) {
            auto content = markHeaderRows(entry.data, headerRows);
            if (!content) {
                return db::Error::failed(tr("Could not produce the ODT document."));
            }
            entry.data = *content;
        } else if (entry.name == QStringLiteral("META-INF/manifest.xml")) {
            entry.data = withStylesInManifest(entry.data);
        }
    }
    entries->append({QStringLiteral("styles.xml"), odf::stylesXml(document)});
    return ZipArchive::write(*entries);
}

db::Status OdtExport::write(const Document &document, const QString &path)
{
    auto odt = render(document);
    if (!odt) {
        return odt.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*odt) != odt->size() || !file.commit()) {
        return db::Error::failed(tr("Could not write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace sisambang::documents
