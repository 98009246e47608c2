// The PDF export (target crosscheck_report_pdf, needs Qt6::Gui): A4 pages,
// page numbers in the footer, CJK text kept. Lives outside the report/*Test.cpp
// glob because it links crosscheck_report_pdf; tests/unit/CMakeLists.txt adds it.
#include "report/PdfReportWriter.h"
#include "../ReportFixtures.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cc;

namespace {

class PdfReport : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!QCoreApplication::instance()) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            static int argc = 1;
            static char name[] = "PdfReportWriterTest";
            static char *argv[] = {name, nullptr};
            static QGuiApplication app(argc, argv);
        }
    }
};

// Text of the PDF through pdftotext when it is installed (poppler-utils), else empty.
QString pdfText(const QString &path) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_F(PdfReport, WritesPaginatedA4WithPageNumbers) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ReportInput in = cc::test::sampleInput();
    // Enough conflicts for several pages.
    for (int i = 0; i < 12; ++i) {
        Conflict c = in.conflicts[0];
        c.subject = QStringLiteral("Lumen %1").arg(i + 4);
        c.id = Conflict::makeId(c.subject, c.attribute, QString(), c.kind);
        in.conflicts.push_back(c);
    }
    QString error;
    ASSERT_TRUE(PdfReportWriter::write(in, path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    const qsizetype pages = bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") +
                            bytes.count("/Type /Page ") + bytes.count("/Type /Page/");
    EXPECT_GE(pages, 2);
    EXPECT_TRUE(bytes.contains("/MediaBox [0 0 595")); // A4: 595 x 842 points

    const QString text = pdfText(path);
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext is not installed: PDF text not checked";
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("release date of Lumen 3")));
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(1)</script>"))); // shown as text
    EXPECT_TRUE(text.contains(QStringLiteral("研究"))); // CJK glyphs embedded, not boxes
}

TEST_F(PdfReport, SameInputSameBytes) {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.pdf"));
    const QString b = dir.filePath(QStringLiteral("b.pdf"));
    QString error;
    ASSERT_TRUE(PdfReportWriter::write(cc::test::sampleInput(), a, &error)) << error.toStdString();
    ASSERT_TRUE(PdfReportWriter::write(cc::test::sampleInput(), b, &error)) << error.toStdString();
    QFile fa(a), fb(b);
    ASSERT_TRUE(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray bytes = fa.readAll();
    EXPECT_EQ(bytes, fb.readAll());
    // The stamp is the newest publication date, not the wall clock.
    EXPECT_TRUE(bytes.contains("/CreationDate (D:20310609000000"));
}

TEST_F(PdfReport, UnwritablePathIsAnError) {
    QString error;
    EXPECT_FALSE(PdfReportWriter::write(
        cc::test::sampleInput(), QStringLiteral("/nonexistent-folder/x/report.pdf"), &error));
    EXPECT_FALSE(error.isEmpty());
}
