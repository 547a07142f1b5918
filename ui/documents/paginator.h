// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "textbuilder.h"

#include <memory>

class QTextDocument;

namespace sisambang::documents {

// The model laid out into pages for paged output (PDF, printer, preview).
//
// QTextDocument breaks pages by itself but knows no Indonesian office's rules,
// so the paginator measures each pass and builds again with page breaks where
// they belong: a table is split where Qt broke it (each part repeats the header
// rows and ends with its own rule); signature blocks, photos, the letterhead and
// short key-value lists never break; headings and titles never end a page; the
// paragraph before a signature block goes over with it. Each pass keeps the
// decisions up to the first change and takes the later ones again; the passes
// end (and are capped).
class LaidOutDocument
{
public:
    // Whether a pass that only adds page breaks before blocks sets them on the
    // laid-out text (the default) or builds the document again (tests compare).
    enum class Rebuild { WhenTextChanges, EveryPass };

    explicit LaidOutDocument(const Document &document, Rebuild rebuild = Rebuild::WhenTextChanges);
    ~LaidOutDocument();
    Q_DISABLE_COPY_MOVE(LaidOutDocument)

    int pageCount() const;
    const PageSetup &pageSetup() const { return m_page; }
    const PageDecoration &decoration() const { return m_decoration; }
    // Laid out for the layout device; TextPages tells where its pages fall.
    QTextDocument &text() const { return *m_text; }
    // How many times the layout was reviewed, and how many of those passes
    // built the document anew (measures of the work done).
    int passes() const { return m_passes; }
    int builds() const { return m_builds; }

private:
    PageSetup m_page;
    PageDecoration m_decoration;
    std::unique_ptr<QTextDocument> m_text;
    int m_passes = 0;
    int m_builds = 0;
};

} // namespace sisambang::documents
