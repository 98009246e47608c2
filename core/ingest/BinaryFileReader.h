#pragma once

#include "ingest/DocumentReader.h"

namespace cc {

// What the registry hands out for a file whose bytes are not text and that no
// format reader claims: reading it yields the reason the scan summary shows.
class BinaryFileReader : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("binary"); }
    QStringList extensions() const override { return {}; }
    ReadResult read(const QByteArray &bytes, const QString &relativePath) const override;
    static QString reason() { return QStringLiteral("binary file, not read"); }
};

} // namespace cc
