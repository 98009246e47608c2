#include "ingest/PdfReader.h"

#include "ingest/MetadataExtractor.h"
#include "ingest/PdfLayout.h"
#include "ingest/PdfTextBuilder.h"

#include <QRegularExpression>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>

namespace cc {

namespace {

QString fromUstring(const poppler::ustring &text) {
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(text.data()),
                              static_cast<qsizetype>(text.size()));
}

// Typographic ligatures the text layer keeps as one character.
QString expandLigatures(QString text) {
    static const std::pair<char16_t, const char *> ligatures[] = {
        {0xFB00, "ff"},  {0xFB01, "fi"}, {0xFB02, "fl"}, {0xFB03, "ffi"},
        {0xFB04, "ffl"}, {0xFB05, "st"}, {0xFB06, "st"}};
    for (const auto &[ligature, letters] : ligatures)
        if (text.contains(QChar(ligature)))
            text.replace(QChar(ligature), QLatin1String(letters));
    return text;
}

// Poppler reports problems through one process-wide callback; PDF reads are
// serialised so that each read hears only its own document's complaints.
std::mutex &popplerMutex() {
    static std::mutex mutex;
    return mutex;
}

struct PopplerErrors {
    QStringList messages;
};

void collectError(const std::string &message, void *closure) {
    auto *errors = static_cast<PopplerErrors *>(closure);
    if (!errors)
        return;
    // "error (123): Illegal character" -> "Illegal character"
    static const QRegularExpression prefix(QStringLiteral("^\\s*(?:syntax )?(?:error|warning)"
                                                          "(?:\\s*\\(\\d+\\))?:\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromStdString(message).trimmed().remove(prefix);
    text.remove(QStringLiteral(" (continuing anyway)"));
    if (text.isEmpty())
        return;
    // The first complaints say where it went wrong, the last what was fatal.
    if (errors->messages.size() >= 20)
        errors->messages.removeAt(10);
    errors->messages << text;
}

void ignoreError(const std::string &, void *) {}

class ErrorCapture {
public:
    explicit ErrorCapture(PopplerErrors *errors) {
        poppler::set_debug_error_function(collectError, errors);
    }
    ~ErrorCapture() { poppler::set_debug_error_function(ignoreError, nullptr); }
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;
};

QString lastError(const PopplerErrors &errors, const QString &otherwise) {
    return errors.messages.isEmpty() ? otherwise : errors.messages.constLast();
}

} // namespace

bool PdfReader::sniff(const QByteArray &head) const {
    // The header may follow a little junk (the format allows 1024 bytes of it).
    return head.left(1024).contains("%PDF-");
}

QDate PdfReader::parsePdfDate(const QString &value) {
    static const QRegularExpression date(QStringLiteral("^\\s*(?:D:)?(\\d{4})(\\d{2})(\\d{2})"));
    const auto m = date.match(value);
    if (!m.hasMatch())
        return {};
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() && d.year() >= 1980 && d.year() <= 2200 ? d : QDate();
}

bool PdfReader::isPlaceholderTitle(const QString &title) {
    static const QRegularExpression placeholder(
        QStringLiteral("^(?:untitled|no title|title|document\\d*|microsoft (?:word|powerpoint) "
                       "- .*|.*\\.(?:docx?|pdf|pptx?|indd|tex|dvi|rtf|odt|xlsx?|html?|qxd|ps))$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression letter(QStringLiteral("\\p{L}"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    const QString t = title.simplified();
    return t.isEmpty() || placeholder.match(t).hasMatch() || !letter.match(t).hasMatch();
}

ReadResult PdfReader::read(const QByteArray &bytes, const QString &relativePath) const {
    ReadResult result;
    if (bytes.size() > std::numeric_limits<int>::max() / 2) {
        result.error = QStringLiteral("PDF too large");
        return result;
    }
    std::lock_guard<std::mutex> lock(popplerMutex());
    PopplerErrors errors;
    ErrorCapture capture(&errors);

    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(bytes.constData(), static_cast<int>(bytes.size())));
    if (!pdf) {
        // Poppler answers a locked file with no document at all; tell the two apart.
        if (bytes.contains("/Encrypt")) {
            result.error = QStringLiteral("encrypted PDF, not read");
            return result;
        }
        result.error = QStringLiteral("damaged PDF: ") +
                       (bytes.left(1024).contains("%PDF-")
                            ? lastError(errors, QStringLiteral("cannot be parsed"))
                            : QStringLiteral("not a PDF file"));
        return result;
    }
    if (pdf->is_locked()) {
        result.error = QStringLiteral("encrypted PDF, not read");
        return result;
    }
    const int pageCount = pdf->pages();
    if (pageCount <= 0) {
        result.error =
            QStringLiteral("damaged PDF: ") + lastError(errors, QStringLiteral("no pages"));
        return result;
    }

    Document doc;
    doc.path = relativePath;
    doc.format = format();
    // Complaints while loading mean a damaged file poppler repaired; later ones
    // (a missing font while reading a page) are not about the file's structure.
    if (!errors.messages.isEmpty())
        doc.warnings << QStringLiteral("damaged PDF, repaired on reading: ") +
                            errors.messages.constFirst();
    errors.messages.clear();

    const int pagesRead = std::min(pageCount, kMaxPages);
    std::vector<PdfPageLines> pages;
    pages.reserve(static_cast<size_t>(pagesRead));
    QStringList textless;
    qsizetype totalChars = 0;
    for (int i = 0; i < pagesRead; ++i) {
        PdfPageLines page;
        std::unique_ptr<poppler::page> p(pdf->create_page(i));
        if (p) {
            const poppler::rectf rect = p->page_rect();
            page.width = rect.width();
            page.height = rect.height();
            std::vector<PdfWord> words;
            const std::vector<poppler::text_box> boxes =
                p->text_list(poppler::page::text_list_include_font);
            // Rotated text (a margin stamp, an axis label) is not running prose,
            // unless the whole page is set that way.
            const bool upright = std::any_of(boxes.begin(), boxes.end(),
                                             [](const auto &box) { return box.rotation() == 0; });
            for (const poppler::text_box &box : boxes) {
                if (static_cast<qsizetype>(words.size()) >= kMaxWordsPerPage ||
                    totalChars > kMaxTextChars)
                    break;
                if (upright && box.rotation() != 0)
                    continue;
                PdfWord w;
                w.text = expandLigatures(fromUstring(box.text()));
                const poppler::rectf r = box.bbox();
                w.x0 = r.left();
                w.y0 = r.top();
                w.x1 = r.right();
                w.y1 = r.bottom();
                w.fontSize = box.has_font_info() ? box.get_font_size() : 0;
                w.spaceAfter = box.has_space_after();
                totalChars += w.text.size() + 1;
                words.push_back(std::move(w));
            }
            page.lines = PdfLayout::readingOrder(std::move(words));
        }
        if (page.lines.empty())
            textless << QString::number(i + 1);
        pages.push_back(std::move(page));
    }
    if (textless.size() == pagesRead) {
        result.error = QStringLiteral("no text layer (scanned PDF?)");
        return result;
    }
    if (!textless.isEmpty())
        doc.warnings << QStringLiteral("pages without a text layer (scanned?): ") +
                            textless.join(QStringLiteral(", "));
    if (pagesRead < pageCount)
        doc.warnings << QStringLiteral("only the first ") + QString::number(pagesRead) +
                            QStringLiteral(" of ") + QString::number(pageCount) +
                            QStringLiteral(" pages were read");
    if (totalChars > kMaxTextChars)
        doc.warnings << QStringLiteral("text truncated: the PDF holds too much text");

    PdfTextBuilder::Result text = PdfTextBuilder::build(std::move(pages));
    if (text.text.trimmed().isEmpty()) {
        result.error = QStringLiteral("the PDF holds no text apart from page numbers and running "
                                      "headers");
        return result;
    }
    doc.text = std::move(text.text);
    doc.pageStarts = std::move(text.pageStarts);
    doc.tableRows = std::move(text.tableRows);

    // The text's own title and date lines first; the document information
    // dictionary only when the text states none.
    MetadataExtractor::fill(doc);
    if (doc.title.isEmpty()) {
        const QString title = fromUstring(pdf->get_title()).simplified();
        if (!isPlaceholderTitle(title))
            doc.title = title;
    }
    if (!doc.published) {
        const QDate created = parsePdfDate(fromUstring(pdf->info_key("CreationDate")));
        if (created.isValid())
            doc.published = DateInterval::day(created);
    }
    result.documents.push_back(std::move(doc));
    return result;
}

} // namespace cc
