// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexport.h"

#include "renderer.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>

namespace sisambang::documents {

namespace {

// QPdfWriter rounds the paper to whole points (F4 would be 609 x 935 instead of
// 609.45 x 935.43). Its MediaBox numbers have six decimals, so the exact size
// fits in the same bytes and the cross-reference offsets stay valid.
void exactMediaBox(QByteArray &pdf, QSizeF points)
{
    const QByteArray key("/MediaBox [0 0 ");
    const QByteArray exact = QByteArray::number(points.width(), 'f', 6) + ' ' +
                             QByteArray::number(points.height(), 'f', 6);
    for (qsizetype at = pdf.indexOf(key); at >= 0; at = pdf.indexOf(key, at + 1)) {
        const qsizetype start = at + key.size();
        const qsizetype close = pdf.indexOf(']', start);
        if (close < 0 || close - start != exact.size()) {
            continue;
        }
        const QList<QByteArray> written = pdf.mid(start, close - start).split(' ');
        // Only the rounding is corrected, never a different page size.
        if (written.size() != 2 || std::abs(written.at(0).toDouble() - points.width()) > 1.0 ||
            std::abs(written.at(1).toDouble() - points.height()) > 1.0) {
            continue;
        }
        pdf.replace(start, exact.size(), exact);
    }
}

} // namespace

db::Result<QByteArray> PdfExport::render(const Document &document)
{
    const DocumentRenderer renderer(document);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("SiSambang %1").arg(QStringLiteral(SISAMBANG_VERSION)));
        if (auto done = renderer.render(writer); !done) {
            return done.error();
        }
    }
    QByteArray pdf = buffer.data();
    const QSizeF mm = renderer.pageSetup().paperSizeMm();
    exactMediaBox(pdf, QSizeF(mm.width() / 25.4 * 72.0, mm.height() / 25.4 * 72.0));
    return pdf;
}

db::Status PdfExport::write(const Document &document, const QString &path)
{
    auto pdf = render(document);
    if (!pdf) {
        return pdf.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit()) {
        return db::Error::failed(tr("Could not write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace sisambang::documents
