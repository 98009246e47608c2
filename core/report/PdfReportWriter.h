#pragma once

#include "report/ReportInput.h"

#include <QString>

namespace cc {

// Paginated PDF of the conflict report (same content as HTML). Needs a
// QGuiApplication (the offscreen platform will do).
class PdfReportWriter {
public:
    static bool write(const ReportInput &input, const QString &path, QString *error);
};

} // namespace cc
