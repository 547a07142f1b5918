// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtexport.h"

#include "odfcontent.h"
#include "odfstyles.h"
#include "textbuilder.h"
#include "zipwriter.h"

#include <QSaveFile>
#include <QTextDocument>
#include <QXmlStreamWriter>

namespace sisambang::documents {

namespace {

const QString textMediaType = QStringLiteral("application/vnd.oasis.opendocument.text");

QByteArray manifestXml(const QList<odf::Picture> &pictures)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeAttribute(QStringLiteral("xmlns:manifest"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
    const auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), textMediaType);
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const odf::Picture &picture : pictures) {
        entry(picture.path, picture.mediaType);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray metaXml(const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-meta"));
    xml.writeAttribute(QStringLiteral("xmlns:office"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:meta"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:dc"),
                       QStringLiteral("http://purl.org/dc/elements/1.1/"));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"),
                         QStringLiteral("SiSambang/") + QStringLiteral(SISAMBANG_VERSION));
    if (!title.isEmpty()) {
        xml.writeTextElement(QStringLiteral("dc:title"), title);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

db::Result<QByteArray> OdtExport::render(const Document &document)
{
    TextBuilder builder(document, TextTarget::Flowing);
    const std::unique_ptr<QTextDocument> text = builder.build();
    const odf::Content content = odf::contentXml(*text);

    QList<ZipWriter::Entry> entries{
        {QStringLiteral("mimetype"), textMediaType.toLatin1()},
        {QStringLiteral("content.xml"), content.xml},
        {QStringLiteral("styles.xml"), odf::stylesXml(document)},
        {QStringLiteral("meta.xml"), metaXml(document.title)},
    };
    for (const odf::Picture &picture : content.pictures) {
        entries.append({picture.path, picture.data});
    }
    entries.append({QStringLiteral("META-INF/manifest.xml"), manifestXml(content.pictures)});
    return ZipWriter::write(entries);
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
