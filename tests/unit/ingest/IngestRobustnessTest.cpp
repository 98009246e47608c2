// Hostile and random input through every reader of this stage: no crash, no hang,
// and whatever comes out points inside the text.
#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/HtmlReader.h"
#include "ingest/MarkdownReader.h"
#include "ingest/TextReader.h"

#include <random>

using namespace cc;

namespace {

void expectConsistent(const ReadResult &r) {
    if (!r.error.isEmpty()) {
        EXPECT_TRUE(r.documents.empty());
        return;
    }
    for (const Document &d : r.documents) {
        for (const TableRow &row : d.tableRows) {
            EXPECT_LE(0, row.start);
            EXPECT_LE(row.start, row.end);
            EXPECT_LE(row.end, d.text.size());
        }
        for (const Citation &c : d.citations) {
            EXPECT_LE(0, c.start);
            EXPECT_LT(c.start, c.end);
            EXPECT_LE(c.end, d.text.size());
        }
        EXPECT_FALSE(d.text.contains(u'\r'));
        EXPECT_FALSE(d.text.contains(QChar(0)));
    }
}

std::vector<const DocumentReader *> readers() {
    static const TextReader txt;
    static const MarkdownReader md;
    static const HtmlReader html;
    return {&txt, &md, &html};
}

} // namespace

TEST(IngestRobustness, RandomBytes) {
    std::mt19937 rng(20260427);
    // Markup-heavy alphabets find more corners than uniform bytes.
    const QByteArray alphabet =
        "<>/[]()*_`~#|-:!=\"' \n\tabcxyzHTMLp0123456789&;\xC3\xA9\xE2\x80\x94\xCE\xB2";
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes;
        const int len = static_cast<int>(rng() % 2000);
        for (int i = 0; i < len; ++i) {
            if (round % 3 == 0)
                bytes.append(static_cast<char>(rng() & 0xFF));
            else
                bytes.append(alphabet[static_cast<qsizetype>(rng() % alphabet.size())]);
        }
        for (const DocumentReader *r : readers())
            expectConsistent(r->read(bytes, QStringLiteral("fuzz")));
    }
}

TEST(IngestRobustness, DeepNestingAndLongLines) {
    const QByteArray deepDivs = QByteArray("<html><body>") + QByteArray("<div>").repeated(50000) +
                                "deep text" + QByteArray("</div>").repeated(50000) +
                                "</body></html>";
    const QByteArray deepLists = QByteArray("<ul><li>").repeated(20000) + "item";
    const QByteArray brackets =
        QByteArray("[").repeated(50000) + "x" + QByteArray("]").repeated(10);
    const QByteArray backticks = QByteArray("` ").repeated(30000);
    const QByteArray stars = QByteArray("*a ").repeated(30000);
    const QByteArray tags = QByteArray("<").repeated(50000);
    for (const QByteArray &bytes : {deepDivs, deepLists, brackets, backticks, stars, tags}) {
        for (const DocumentReader *r : readers())
            expectConsistent(r->read(bytes, QStringLiteral("hostile")));
    }
}
