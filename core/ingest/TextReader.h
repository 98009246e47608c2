#pragma once

#include "ingest/DocumentReader.h"

namespace cc {

// Plain text (.txt, .text, and files without an extension that decode as text):
// the decoded, normalized text as it stands; metadata from its first lines.
class TextReader : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("txt"); }
    QStringList extensions() const override {
        return {QStringLiteral("txt"), QStringLiteral("text")};
    }
    ReadResult read(const QByteArray &bytes, const QString &relativePath) const override;
};

} // namespace cc
