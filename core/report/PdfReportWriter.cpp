#include "report/PdfReportWriter.h"

namespace cc {

bool PdfReportWriter::write(const ReportInput &, const QString &, QString *error) { // STUB
    *error = QStringLiteral("PDF export is not built yet");
    return false;
}

} // namespace cc
