#include "report/ReportWriter.h"

namespace cc {

std::optional<ReportFormat> ReportWriter::parseFormat(const QString &name) {
    const QString n = name.toLower();
    if (n == QLatin1String("json"))
        return ReportFormat::Json;
    if (n == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

QByteArray ReportWriter::conflicts(ReportFormat, const ReportInput &) { return {}; } // STUB
QByteArray ReportWriter::claims(ReportFormat, const ReportInput &) { return {}; }    // STUB

} // namespace cc
