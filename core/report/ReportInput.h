#pragma once

#include "model/Claim.h"
#include "model/Conflict.h"
#include "model/Document.h"

#include <QString>
#include <vector>

namespace cc {

// Everything a report shows; built by the caller from the store, so every
// exporter is a pure function of it (deterministic, byte-identical output).
struct ReportInput {
    QString folder;                    // as given on the command line
    std::vector<Document> documents;   // metadata; text not needed
    std::vector<Conflict> conflicts;   // with review state joined
    std::vector<Review> orphanReviews; // reviews whose conflict is gone
    std::vector<Claim> claims;         // for the claims report only
};

enum class ReportFormat { Json, Csv, Markdown, Html, Pdf };

} // namespace cc
