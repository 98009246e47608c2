#pragma once

#include "ingest/DocumentReader.h"

#include <QByteArrayList>

namespace cc {

// A Unix mailbox: messages separated by "From " postmark lines, each read as an
// e-mail (EmailReader::toDocument). One document per message: partIndex is the
// message's place in the mailbox counting from 0, its path "file.mbox#N" (the
// file's own path for message 0, as the scan names parts). ">From " lines written to
// escape the separator are unescaped (one '>' removed, as mboxrd readers do).
class MboxReader : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("mbox"); }
    QStringList extensions() const override { return {QStringLiteral("mbox")}; }
    bool sniff(const QByteArray &head) const override;
    ReadResult read(const QByteArray &bytes, const QString &relativePath) const override;

    // The messages of a mailbox, postmark lines removed and ">From " unescaped.
    // Each message's postmark date (after "From sender ") goes to *postmarks when given.
    static QByteArrayList split(const QByteArray &bytes, QByteArrayList *postmarks = nullptr);

    static constexpr int kMaxMessages = 20000;
};

} // namespace cc
