// Issue 7, "Every briefing format": a folder with one briefing in each format
// (txt, md, html, pdf, eml, mbox, docx, odt, rtf) about one invented subject, generated here.
// The real binary scans it; every document's title, date, outlet and text must be
// right, and `conflicts --format json` must find the release date the formats
// disagree on, with claims from all nine readers, and not the look-alikes.
//
// Each format's planted sentence stands where only that format's reader finds it:
// the PDF's text layer (split over two lines), a Word table cell, a quoted-printable
// text/plain part (with a soft line break), a base64 text/html mail part, HTML
// inline markup, Markdown emphasis and a link.
#include "CliRunner.h"
#include "TestSupport.h"
#include "ZipBuilder.h"

#include "store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <map>
#include <utility>
#include <vector>

using cc::test::parseJson;
using cc::test::runCrosscheck;

namespace {

// ---- The briefings: one subject (Brannock Robotics' Quill 5), all names invented. ----

// The planted release-date sentences, as each document's normalized text must hold them.
const QString kTxtClaim = QStringLiteral(
    "Brannock Robotics released Quill 5 on September 14, the company confirmed in Turku.");
const QString kMdClaim = QStringLiteral(
    "Brannock Robotics launched Quill 5 on September 14, with deliveries starting in Europe.");
const QString kPdfClaim = QStringLiteral("Brannock Robotics released Quill 5 on September 14 from "
                                         "its plant in Turku, according to the logistics partner.");
const QString kHtmlClaim = QStringLiteral(
    "Brannock Robotics released Quill 5 on September 15, according to dealers in Tampere.");
const QString kEmlClaim =
    QStringLiteral("Brannock Robotics released Quill 5 on September 15 \u2014 "
                   "a day after the date its rivals expected, resellers told us.");
// A row of a Word table: the release date sits in its own cell.
const QString kDocxClaim = QStringLiteral("Quill 5 | September 15 | 120 billion");
const QString kOdtClaim =
    QStringLiteral("Brannock Robotics released Quill 5 on September 14, the Oslo importer wrote.");
const QString kRtfClaim =
    QStringLiteral("Brannock Robotics released Quill 5 on September 15, a Gdansk dealer said.");
const QString kMbox0Claim = QStringLiteral(
    "Brannock Robotics released Quill 5 on September 14, its Tallinn reseller said.");
const QString kMbox1Claim = QStringLiteral(
    "Brannock Robotics released Quill 5 on September 15 in Riga, the importer said.");
const QString kMbox2Claim =
    QStringLiteral("Quill 5 went on sale on 15 September, dealers in Vilnius said.");

QByteArray txtBriefing() {
    return "Quill 5 Launch Desk Notes\n"
           "Euronews\n"
           "Wednesday, September 16, 2026\n"
           "\n" +
           kTxtClaim.toUtf8() +
           "\n\n"
           // Sibling trap: the smaller model's size is not the flagship's.
           "Quill 5 Mini has 8 billion parameters, a fraction of its larger sibling.\n";
}

QByteArray mdBriefing() {
    return "---\n"
           "title: \"Automation Weekly: Quill 5 arrives\"\n"
           "date: 2026-09-17\n"
           "publisher: Harbour Automation Weekly\n"
           "---\n"
           "\n"
           "# Automation Weekly: Quill 5 arrives\n"
           "\n"
           "Brannock Robotics **launched** [Quill 5](https://brannock.example/quill) on "
           "September 14, with deliveries starting in Europe.\n"
           "\n"
           // Month trap: "in October 2026" contains the Word memo's "October 6".
           "Brannock Robotics said Heron 2 launches in October 2026.\n";
}

QByteArray htmlBriefing() {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
           "<title>Quill 5 reaches customers | The Register</title>\n"
           "<meta property=\"og:site_name\" content=\"The Register\">\n"
           "<meta property=\"article:published_time\" content=\"2026-09-18T08:00:00Z\">\n"
           "<script>var launch = \"September 1\";</script>\n"
           "</head><body>\n"
           "<nav><a href=\"/\">Home</a> <a href=\"/robots\">Robots</a></nav>\n"
           "<article><h1>Quill 5 reaches customers</h1>\n"
           "<p>Brannock Robotics released <b>Quill 5</b> on September 15,\n"
           "according to <a href=\"https://dealers.example/tampere\">dealers in Tampere</a>.</p>\n"
           "</article></body></html>\n";
}

// multipart/alternative: a quoted-printable text/plain part (em dash, soft line
// break) and an HTML part that says something else, so the text shows which was read.
QByteArray emlBriefing() {
    return "From: \"Nordic Machines Letter\" <letter@nordicmachines.example>\r\n"
           "To: analyst@example.org\r\n"
           "Subject: Quill 5: the week in robots\r\n"
           // Late evening west of Greenwich: the day as written, not UTC's next day.
           "Date: Sat, 19 Sep 2026 23:30:00 -0500\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/alternative; boundary=\"qp-boundary\"\r\n"
           "\r\n"
           "--qp-boundary\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n"
           "\r\n"
           "Brannock Robotics released Quill 5 on September 15 =E2=80=94 a day after the d=\r\n"
           "ate its rivals expected, resellers told us.\r\n"
           "\r\n"
           "Our readers in Oulu have asked about spare parts for the new arm; we will cov=\r\n"
           "er servicing in a later letter, once the manuals are public.\r\n"
           "\r\n"
           "--qp-boundary\r\n"
           "Content-Type: text/html; charset=utf-8\r\n"
           "\r\n"
           "<html><body><p>The web edition of this letter has pictures of the new arm in "
           "Oulu.</p></body></html>\r\n"
           "--qp-boundary--\r\n";
}

QByteArray mboxBriefing() {
    const QByteArray html =
        "<html><body><h2>Quill 5 in Riga</h2><p>" + kMbox1Claim.toUtf8() + "</p></body></html>";
    return "From wire@baltic.example Thu Sep 17 06:00:00 2026\n"
           "From: Baltic Robotics Wire <wire@baltic.example>\n"
           "Subject: Quill 5 shipping date\n"
           "Date: Thu, 17 Sep 2026 06:00:00 +0300\n"
           "Content-Type: text/plain; charset=utf-8\n"
           "\n" +
           kMbox0Claim.toUtf8() +
           "\n"
           ">From the reseller's note: prices stay in euros.\n"
           "\n"
           "From wire@baltic.example Fri Sep 18 06:00:00 2026\n"
           "From: Baltic Robotics Wire <wire@baltic.example>\n"
           "Subject: Quill 5 in Riga\n"
           "Date: Fri, 18 Sep 2026 06:00:00 +0300\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/html; charset=utf-8\n"
           "Content-Transfer-Encoding: base64\n"
           "\n" +
           html.toBase64() +
           "\n"
           "\n"
           "From wire@baltic.example Sat Sep 19 06:00:00 2026\n"
           "From: Baltic Robotics Wire <wire@baltic.example>\n"
           "Subject: Re: Quill 5 pricing notes\n"
           "Date: Sat, 19 Sep 2026 06:00:00 +0300\n"
           "Content-Type: text/plain; charset=utf-8\n"
           "\n" +
           kMbox2Claim.toUtf8() +
           "\n"
           // The same figure as the Word memo's, written the short way.
           "Quill 5 has 120B parameters, the spec sheet says.\n";
}

// ---- PDF: one page, Helvetica, uncompressed content, exact xref, Info dictionary. ----

struct PdfLine {
    double x, y, size;
    QByteArray text;
};

QByteArray makePdf(const std::vector<PdfLine> &lines, const QByteArray &info) {
    QByteArray content;
    for (const PdfLine &l : lines)
        content += "BT /F1 " + QByteArray::number(l.size) + " Tf " + QByteArray::number(l.x) + ' ' +
                   QByteArray::number(l.y) + " Td (" + cc::test::pdfEscape(l.text) + ") Tj ET\n";
    const std::map<int, QByteArray> objects = {
        {1, "<< /Type /Catalog /Pages 2 0 R >>"},
        {2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"},
        {3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 "
            "0 R >> >> /Contents 4 0 R >>"},
        {4, "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                "\nendstream"},
        {5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"},
        {6, info}};
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    std::map<int, qsizetype> offsets;
    for (const auto &[number, body] : objects) {
        offsets[number] = pdf.size();
        pdf += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    const int size = static_cast<int>(objects.size()) + 1;
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int i = 1; i < size; ++i)
        pdf += QByteArray::number(offsets[i]).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(size) + " /Root 1 0 R /Info 6 0 R >>\n" +
           "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// The outlet's masthead over short paragraphs and a table, as a one-page brief
// sets them; the title and the publication date only in the Info dictionary.
QByteArray pdfBriefing() {
    return makePdf(
        {{72, 720, 11, "Wired"},
         {72, 690, 11, "Brannock Robotics released Quill 5 on September 14 from its plant in"},
         {72, 676, 11, "Turku, according to the logistics partner."},
         {72, 648, 11, "The partner expects a second shipment to follow before the winter."},
         {72, 620, 11, "Depot"},
         {200, 620, 11, "Country"},
         {328, 620, 11, "Units"},
         {72, 606, 11, "Turku"},
         {200, 606, 11, "Finland"},
         {328, 606, 11, "400"},
         {72, 592, 11, "Tallinn"},
         {200, 592, 11, "Estonia"},
         {328, 592, 11, "250"}},
        "<< /Title (Quill 5 Field Report) /Producer (hand-written test PDF) "
        "/CreationDate (D:20260920091500+02'00') >>");
}

// ---- DOCX: built with libzip as Word lays it out. ----

using cc::test::makeZip;

QByteArray wordParagraph(const QByteArray &text, const QByteArray &style = {}) {
    QByteArray p = "<w:p>";
    if (!style.isEmpty())
        p += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    return p + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

QByteArray wordRow(const std::vector<QByteArray> &cells, bool header = false) {
    QByteArray row = header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>";
    for (const QByteArray &cell : cells)
        row += "<w:tc>" + wordParagraph(cell) + "</w:tc>";
    return row + "</w:tr>";
}

// The planted date and the figure sit in table cells under a header row; the title
// is a Title-styled paragraph; the date only in docProps/core.xml (written late in
// the evening, UTC-4).
QByteArray docxBriefing() {
    const QByteArray body =
        wordParagraph("Quill 5 Distributor Memo", "Title") + wordParagraph("Fortune") +
        wordParagraph("Heron 2 went on sale on October 6, the memo adds.") +
        "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" +
        wordRow({"Product", "Release date", "Parameters"}, true) +
        wordRow({"Quill 5", "September 15", "120 billion"}) + "</w:tbl>" +
        wordParagraph("Distributors will report again next month.");
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
        body + "<w:sectPr/></w:body></w:document>";
    const QByteArray core =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
        "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        "<dc:title>memo draft 3</dc:title><dc:creator>Desk</dc:creator>"
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-09-21T22:30:00-04:00</dcterms:created>"
        "</cp:coreProperties>";
    return makeZip({{QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
                    {QStringLiteral("word/document.xml"), document},
                    {QStringLiteral("docProps/core.xml"), core}});
}

// ---- OpenDocument: content.xml and meta.xml as LibreOffice writes them. ----

// A heading, the claim in spans split by a note, a table of contents that must not be
// read (it repeats the heading); the date only in meta.xml.
QByteArray odtBriefing() {
    const QByteArray ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                          "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                          "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
                          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
    const QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ns +
        "><office:body><office:text><text:table-of-content><text:index-body><text:p>Quill 5 "
        "in Norway ..... 1</text:p></text:index-body></text:table-of-content>"
        "<text:h text:outline-level=\"1\">Quill 5 in Norway</text:h><text:p>Wired</text:p>"
        "<text:p><text:span>Brannock Robotics</text:span> released Quill 5 on September 14, "
        "the Oslo importer wrote.<text:note text:note-class=\"footnote\"><text:note-citation>1"
        "</text:note-citation><text:note-body><text:p>Importer's letter to dealers."
        "</text:p></text:note-body></text:note></text:p></office:text></office:body>"
        "</office:document-content>";
    const QByteArray meta =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + ns +
        "><office:meta><dc:title>Quill 5 in Norway</dc:title><meta:creation-date>"
        "2026-09-22T08:00:00</meta:creation-date></office:meta></office:document-meta>";
    return makeZip(
        {{QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text")},
         {QStringLiteral("content.xml"), content},
         {QStringLiteral("meta.xml"), meta}});
}

// ---- RTF: as WordPad saves it, with a code-page byte and a Unicode escape. ----

QByteArray rtfBriefing() {
    return "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil Calibri;}}"
           "{\\*\\generator Riched20 10.0}{\\info{\\title rtf draft}}\\viewkind4\\uc1\n"
           "\\pard\\b Quill 5 in Gda\\u324?sk\\b0\\par\n"
           "The Register \\emdash  23 September 2026\\par\n"
           "Brannock Robotics released Quill 5 on September 15, a Gdansk dealer said.\\par\n"
           "Prices start at 1,900 \\'80 before tax (\\'e9t\\'e9 offer).\\par\n}";
}

// ---- What each document must come out as. ----

struct Expected {
    QString path;
    QString format;
    QString title;
    QString published;
    QString outlet;
    QString claim;          // the planted release-date sentence, whole in the text
    QString releaseDate;    // the side it must support
    QString mustNotContain; // what the reader had to leave out (markup, the other part)
};

std::vector<Expected> expectedDocuments() {
    const QString d14 = QStringLiteral("2026-09-14"), d15 = QStringLiteral("2026-09-15");
    const QString mbox = QStringLiteral("05_baltic-wire.mbox");
    return {
        {QStringLiteral("01_desk-notes.txt"), QStringLiteral("txt"),
         QStringLiteral("Quill 5 Launch Desk Notes"), QStringLiteral("2026-09-16"),
         QStringLiteral("Euronews"), kTxtClaim, d14, QString()},
        {QStringLiteral("02_automation-weekly.md"), QStringLiteral("md"),
         QStringLiteral("Automation Weekly: Quill 5 arrives"), QStringLiteral("2026-09-17"),
         QStringLiteral("Harbour Automation Weekly"), kMdClaim, d14, QStringLiteral("**")},
        {QStringLiteral("03_newsroom.html"), QStringLiteral("html"),
         QStringLiteral("Quill 5 reaches customers"), QStringLiteral("2026-09-18"),
         QStringLiteral("The Register"), kHtmlClaim, d15, QStringLiteral("var launch")},
        {QStringLiteral("04_letter.eml"), QStringLiteral("eml"),
         QStringLiteral("Quill 5: the week in robots"), QStringLiteral("2026-09-19"),
         QStringLiteral("Nordic Machines Letter"), kEmlClaim, d15, QStringLiteral("web edition")},
        {mbox, QStringLiteral("mbox"), QStringLiteral("Quill 5 shipping date"),
         QStringLiteral("2026-09-17"), QStringLiteral("Baltic Robotics Wire"), kMbox0Claim, d14,
         QStringLiteral(">From")},
        {mbox + QStringLiteral("#1"), QStringLiteral("mbox"), QStringLiteral("Quill 5 in Riga"),
         QStringLiteral("2026-09-18"), QStringLiteral("Baltic Robotics Wire"), kMbox1Claim, d15,
         QStringLiteral("<p>")},
        {mbox + QStringLiteral("#2"), QStringLiteral("mbox"),
         QStringLiteral("Quill 5 pricing notes"), QStringLiteral("2026-09-19"),
         QStringLiteral("Baltic Robotics Wire"), kMbox2Claim, d15, QString()},
        {QStringLiteral("06_field-report.pdf"), QStringLiteral("pdf"),
         QStringLiteral("Quill 5 Field Report"), QStringLiteral("2026-09-20"),
         QStringLiteral("Wired"), kPdfClaim, d14, QStringLiteral("Wired Brannock")},
        {QStringLiteral("07_distributor-memo.docx"), QStringLiteral("docx"),
         QStringLiteral("Quill 5 Distributor Memo"), QStringLiteral("2026-09-21"),
         QStringLiteral("Fortune"), kDocxClaim, d15, QStringLiteral("memo draft")},
        {QStringLiteral("08_importer-note.odt"), QStringLiteral("odt"),
         QStringLiteral("Quill 5 in Norway"), QStringLiteral("2026-09-22"), QStringLiteral("Wired"),
         kOdtClaim, d14, QStringLiteral(".....")},
        {QStringLiteral("09_dealer-wire.rtf"), QStringLiteral("rtf"),
         QStringLiteral("Quill 5 in Gdańsk"), QStringLiteral("2026-09-23"),
         QStringLiteral("The Register"), kRtfClaim, d15, QStringLiteral("fonttbl")},
    };
}

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

class FormatFolder : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        // To look at the folder and project after a failure.
        if (qEnvironmentVariableIsSet("CC_KEEP_FORMAT_FOLDER"))
            m_dir.setAutoRemove(false);
        m_folder = m_dir.path() + QStringLiteral("/briefings");
        m_project = m_dir.path() + QStringLiteral("/p.sqlite");
        const QByteArray docx = docxBriefing();
        ASSERT_FALSE(docx.isEmpty()) << "libzip could not build the Word file";
        const std::pair<const char *, QByteArray> files[] = {
            {"01_desk-notes.txt", txtBriefing()},    {"02_automation-weekly.md", mdBriefing()},
            {"03_newsroom.html", htmlBriefing()},    {"04_letter.eml", emlBriefing()},
            {"05_baltic-wire.mbox", mboxBriefing()}, {"06_field-report.pdf", pdfBriefing()},
            {"07_distributor-memo.docx", docx},      {"08_importer-note.odt", odtBriefing()},
            {"09_dealer-wire.rtf", rtfBriefing()}};
        for (const auto &[name, bytes] : files)
            cc::test::writeFile(m_folder + QLatin1Char('/') + QLatin1String(name), bytes);

        m_scan = runCrosscheck(
            {QStringLiteral("scan"), m_folder, QStringLiteral("--project"), m_project});
        ASSERT_EQ(m_scan.exitCode, 0) << m_scan.err.toStdString();
        const auto report =
            runCrosscheck({QStringLiteral("conflicts"), QStringLiteral("--project"), m_project,
                           QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
        m_reportText = report.out;
        m_report = parseJson(report.out).object();
        ASSERT_EQ(str(m_report, "schema"), QStringLiteral("crosscheck.conflicts/1"));
    }

    QJsonObject reportedDocument(const QString &path) const {
        for (const QJsonValue &v : m_report.value(QLatin1String("documents")).toArray()) {
            if (str(v.toObject(), "path") == path)
                return v.toObject();
        }
        return {};
    }

    std::vector<QJsonObject> conflictsOn(const QString &attribute) const {
        std::vector<QJsonObject> out;
        for (const QJsonValue &v : m_report.value(QLatin1String("conflicts")).toArray()) {
            if (str(v.toObject(), "attribute") == attribute)
                out.push_back(v.toObject());
        }
        return out;
    }

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_project;
    cc::test::CliResult m_scan;
    QByteArray m_reportText;
    QJsonObject m_report;
};

} // namespace

TEST_F(FormatFolder, ScanReadsEveryFormatWithoutWarnings) {
    EXPECT_TRUE(m_scan.out.contains("Documents: 11 (11 read")) << m_scan.out.toStdString();
    const QJsonArray docs = m_report.value(QLatin1String("documents")).toArray();
    EXPECT_EQ(docs.size(), 11) << m_reportText.toStdString();
    QSet<QString> formats;
    for (const QJsonValue &v : docs) {
        formats.insert(str(v.toObject(), "format"));
        EXPECT_TRUE(v.toObject().value(QLatin1String("warnings")).toArray().isEmpty())
            << str(v.toObject(), "path").toStdString() << ": "
            << QJsonDocument(v.toObject()).toJson().toStdString();
    }
    EXPECT_EQ(formats, (QSet<QString>{
                           QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html"),
                           QStringLiteral("pdf"), QStringLiteral("eml"), QStringLiteral("mbox"),
                           QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("rtf")}));
}

TEST_F(FormatFolder, EveryDocumentHasItsTitleDateAndOutlet) {
    for (const Expected &e : expectedDocuments()) {
        SCOPED_TRACE(e.path.toStdString());
        const QJsonObject doc = reportedDocument(e.path);
        ASSERT_FALSE(doc.isEmpty()) << "not in the report";
        EXPECT_EQ(str(doc, "format"), e.format);
        EXPECT_EQ(str(doc, "title"), e.title);
        EXPECT_EQ(str(doc, "published"), e.published);
        EXPECT_EQ(str(doc, "published_precision"), QStringLiteral("day"));
        EXPECT_EQ(str(doc, "outlet"), e.outlet);
    }
}

TEST_F(FormatFolder, EveryDocumentsTextHoldsItsPlantedSentence) {
    QString error;
    const std::unique_ptr<cc::ProjectStore> store = cc::ProjectStore::open(m_project, &error);
    ASSERT_TRUE(store) << error.toStdString();
    for (const Expected &e : expectedDocuments()) {
        SCOPED_TRACE(e.path.toStdString());
        const std::optional<cc::Document> doc = store->document(e.path);
        ASSERT_TRUE(doc.has_value()) << "not in the project";
        EXPECT_TRUE(doc->text.contains(e.claim)) << doc->text.toStdString();
        if (!e.mustNotContain.isEmpty()) {
            EXPECT_FALSE(doc->text.contains(e.mustNotContain)) << doc->text.toStdString();
        }
    }
    // Details that only a reader doing its job gets right.
    const auto text = [&](const QString &path) {
        const std::optional<cc::Document> doc = store->document(path);
        return doc ? doc->text : QString();
    };
    EXPECT_TRUE(text(QStringLiteral("05_baltic-wire.mbox"))
                    .contains(QStringLiteral("From the reseller's note: prices stay in euros.")));
    EXPECT_TRUE(text(QStringLiteral("04_letter.eml"))
                    .contains(QStringLiteral("we will cover servicing in a later letter")));
    // RTF: code-page bytes in Windows-1252; OpenDocument: the note after the body.
    EXPECT_TRUE(text(QStringLiteral("09_dealer-wire.rtf"))
                    .contains(QStringLiteral("1,900 \u20AC before tax (\u00E9t\u00E9 offer).")));
    EXPECT_TRUE(text(QStringLiteral("08_importer-note.odt"))
                    .endsWith(QStringLiteral("\n\nImporter's letter to dealers.")));
    // The PDF: the masthead its own paragraph, the wrapped sentence on page 1, the
    // depot table as rows with their cells.
    const std::optional<cc::Document> pdf = store->document(QStringLiteral("06_field-report.pdf"));
    ASSERT_TRUE(pdf.has_value());
    EXPECT_TRUE(pdf->text.startsWith(QStringLiteral("Wired\n\n"))) << pdf->text.toStdString();
    EXPECT_EQ(pdf->pageAt(pdf->text.indexOf(kPdfClaim)), 1);
    ASSERT_EQ(pdf->tableRows.size(), 3u) << pdf->text.toStdString();
    EXPECT_EQ(
        pdf->tableRows[0].cells,
        (QStringList{QStringLiteral("Depot"), QStringLiteral("Country"), QStringLiteral("Units")}));
    EXPECT_EQ(
        pdf->tableRows[1].cells,
        (QStringList{QStringLiteral("Turku"), QStringLiteral("Finland"), QStringLiteral("400")}));
    for (const cc::TableRow &row : pdf->tableRows)
        EXPECT_EQ(pdf->text.mid(row.start, row.end - row.start),
                  row.cells.join(QStringLiteral(" | ")));
    // The Word memo: the release date in a cell of the table's second row.
    const std::optional<cc::Document> docx =
        store->document(QStringLiteral("07_distributor-memo.docx"));
    ASSERT_TRUE(docx.has_value());
    bool inCell = false;
    for (const cc::TableRow &row : docx->tableRows)
        inCell = inCell || (!row.header && row.cells.size() == 3 &&
                            row.cells[1] == QStringLiteral("September 15"));
    EXPECT_TRUE(inCell) << "the release date is not a table cell";
}

TEST_F(FormatFolder, ReleaseDateConflictHasClaimsFromEveryFormat) {
    const std::vector<QJsonObject> dates = conflictsOn(QStringLiteral("release_date"));
    ASSERT_EQ(dates.size(), 1u) << m_reportText.toStdString();
    const QJsonObject conflict = dates.front();
    EXPECT_EQ(str(conflict, "kind"), QStringLiteral("date"));
    EXPECT_EQ(str(conflict, "subject"), QStringLiteral("Quill 5"));
    EXPECT_FALSE(conflict.value(QLatin1String("intra_document")).toBool());

    // Each side's documents, by the day it supports.
    std::map<QString, QSet<QString>> documentsBySide;
    std::map<QString, QStringList> quotesByDocument;
    for (const QJsonValue &s : conflict.value(QLatin1String("sides")).toArray()) {
        const QString value = str(s.toObject(), "value");
        for (const QJsonValue &c : s.toObject().value(QLatin1String("claims")).toArray()) {
            documentsBySide[value].insert(str(c.toObject(), "document"));
            quotesByDocument[str(c.toObject(), "document")] << str(c.toObject(), "quote");
        }
    }
    ASSERT_EQ(documentsBySide.size(), 2u) << QJsonDocument(conflict).toJson().toStdString();
    std::map<QString, QSet<QString>> expectedBySide;
    QSet<QString> formats;
    for (const Expected &e : expectedDocuments()) {
        SCOPED_TRACE(e.path.toStdString());
        expectedBySide[e.releaseDate].insert(e.path);
        formats.insert(e.format);
        EXPECT_TRUE(quotesByDocument[e.path].contains(e.claim))
            << quotesByDocument[e.path].join(QStringLiteral(" / ")).toStdString();
    }
    EXPECT_EQ(documentsBySide, expectedBySide) << QJsonDocument(conflict).toJson().toStdString();
    EXPECT_EQ(formats.size(), 9);
}

TEST_F(FormatFolder, LookAlikesAreNotFlagged) {
    // "in October 2026" contains "October 6"; 120B is 120 billion; the smaller
    // variant's 8 billion is another product's figure.
    EXPECT_TRUE(conflictsOn(QStringLiteral("parameter_count")).empty())
        << m_reportText.toStdString();
    for (const QJsonValue &v : m_report.value(QLatin1String("conflicts")).toArray()) {
        EXPECT_NE(str(v.toObject(), "subject"), QStringLiteral("Heron 2"))
            << QJsonDocument(v.toObject()).toJson().toStdString();
    }
    // The planted release date is the folder's only disagreement.
    EXPECT_EQ(m_report.value(QLatin1String("conflicts")).toArray().size(), 1)
        << m_reportText.toStdString();

    // And the traps were read as claims, so their absence above means something.
    const auto claims =
        runCrosscheck({QStringLiteral("claims"), m_folder, QStringLiteral("--project"), m_project,
                       QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(claims.exitCode, 0) << claims.err.toStdString();
    int heronDates = 0, parameterCounts = 0;
    for (const QJsonValue &v :
         parseJson(claims.out).object().value(QLatin1String("claims")).toArray()) {
        const QJsonObject c = v.toObject();
        if (str(c, "subject") == QStringLiteral("Heron 2") &&
            str(c, "attribute") == QStringLiteral("release_date"))
            ++heronDates;
        if (str(c, "attribute") == QStringLiteral("parameter_count"))
            ++parameterCounts;
    }
    EXPECT_EQ(heronDates, 2) << claims.out.toStdString();
    EXPECT_EQ(parameterCounts, 3) << claims.out.toStdString();
}
