// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QTextDocument;

namespace sisambang::documents::odf {

struct Picture
{
    QString path; // inside the package, "Pictures/1.png"
    QString mediaType;
    QByteArray data;
};

struct Content
{
    QByteArray xml; // content.xml
    QList<Picture> pictures;
};

// content.xml of an ODT for a QTextDocument built by TextBuilder: paragraphs
// (alignment, spacing, indents, page breaks), character formats, numbered and
// lettered lists, tables (column widths, per-cell rules, padding, shading,
// vertical alignment, spans, header rows repeated on every page), inline
// pictures. Qt's own ODF writer (QTextDocumentWriter "odf", Qt 6.4) drops cell
// rules and column widths and turns every paragraph of a cell into a cell of
// its own, so LibreOffice showed broken tables; this covers what we build.
Content contentXml(const QTextDocument &text);

} // namespace sisambang::documents::odf
