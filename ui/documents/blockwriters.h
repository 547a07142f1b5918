// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QList>
#include <QSet>

// One function per kind of block, each appending its block to a TextWriter.
// Text blocks: textblocks.cpp; tables, key-value rows and signatures:
// tableblocks.cpp; letterhead, photos, images and drawings: pictureblocks.cpp.
namespace sisambang::documents {

class TextWriter;

void writeTitle(TextWriter &writer, const Title &title);
void writeHeading(TextWriter &writer, const Heading &heading);
void writeParagraph(TextWriter &writer, const Paragraph &paragraph);
void writeList(TextWriter &writer, const List &list);

// `breakRows`: body rows that start a new page (the paginator's choice); the
// table is split there and each part repeats the header rows. `forcedRows`: of
// those, the ones that need an explicit page break.
void writeTable(TextWriter &writer, const Table &table, const QList<int> &breakRows,
                const QSet<int> &forcedRows);
void writeKeyValueRows(TextWriter &writer, const KeyValueRows &rows);
void writeSignatureRow(TextWriter &writer, const SignatureRow &row);

void writeLetterhead(TextWriter &writer, const Letterhead &letterhead);
// `breakRows`: rows of photos that start a new page.
void writePhotoGrid(TextWriter &writer, const PhotoGrid &grid, const QList<int> &breakRows);
void writeImage(TextWriter &writer, const Image &image);
void writeDrawing(TextWriter &writer, const Drawing &drawing);

} // namespace sisambang::documents
