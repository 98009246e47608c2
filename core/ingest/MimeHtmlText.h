#pragma once

#include <QString>

namespace cc {

// The readable text of an HTML e-mail part, through the ingest stage's HtmlReader
// (page furniture, scripts and hidden preheaders dropped, blocks as paragraphs).
// The part is already decoded with its MIME charset, so it is handed over as
// UTF-8 behind a byte-order mark, which outranks any <meta charset> inside.
// Pathologically nested markup is stripped of its tags instead of parsed, so
// that no tree walk can exhaust the stack.
class MimeHtmlText {
public:
    static QString render(const QString &html);
};

} // namespace cc
