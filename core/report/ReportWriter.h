#pragma once

#include "report/ReportInput.h"

#include <QByteArray>
#include <optional>

namespace cc {

// The text exporters of core (PDF lives in PdfReportWriter, which adds QtGui).
class ReportWriter {
public:
    static std::optional<ReportFormat> parseFormat(const QString &name);
    // crosscheck.conflicts/1 JSON, CSV (one row per claim in a conflict),
    // Markdown, or a self-contained HTML file. Not for Pdf.
    static QByteArray conflicts(ReportFormat format, const ReportInput &input);
    // crosscheck.claims/1 JSON or CSV of input.claims.
    static QByteArray claims(ReportFormat format, const ReportInput &input);
};

} // namespace cc
