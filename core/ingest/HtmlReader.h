#pragma once

#include "ingest/DocumentReader.h"

namespace cc {

// A saved web page (.html, .htm, .xhtml), parsed with Gumbo (an HTML5 parser; no
// regular expressions over markup, nothing fetched). Page furniture is dropped
// (script, style, noscript, template, svg, nav, footer, aside, form, iframe,
// role=navigation/contentinfo, hidden elements); block elements become paragraphs,
// <br> a line break, <li> a "- " line, data tables one line per row with the cells
// in Document::tableRows. Title from og:title, <title> or <h1>; publication date
// from article:published_time, og:published_time, JSON-LD, itemprop=datePublished,
// date / dc.date / pubdate meta, or a <time datetime> near the top; outlet from
// og:site_name, application-name or the JSON-LD publisher.
class HtmlReader : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("html"); }
    QStringList extensions() const override {
        return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"),
                QStringLiteral("shtml")};
    }
    // "<!DOCTYPE html" or "<html" first (after a BOM, white space and comments).
    bool sniff(const QByteArray &head) const override;
    ReadResult read(const QByteArray &bytes, const QString &relativePath) const override;

    // The charset a page declares in its first bytes (<meta charset>, http-equiv,
    // an XML declaration), empty when none.
    static QString declaredCharset(const QByteArray &head);
    // A quick upper estimate of how deeply the page's elements nest (pages nested
    // deeper than a few thousand levels are refused: the parser's time grows with
    // the square of the depth).
    static int estimateNestingDepth(const QByteArray &html);
};

} // namespace cc
