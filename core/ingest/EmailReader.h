#pragma once

#include "ingest/DocumentReader.h"

namespace cc {

struct MimeMessage;

// One e-mail message (.eml) through GMime: text/plain preferred, the HTML
// alternative rendered when there is no plain text (or only a stub saying to
// view the HTML); Subject is the title, Date the publication day, the From
// display name the outlet. Newsletter boilerplate is dropped; attachments are
// listed in a warning, not read.
class EmailReader : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("eml"); }
    QStringList extensions() const override { return {QStringLiteral("eml")}; }
    bool sniff(const QByteArray &head) const override;
    ReadResult read(const QByteArray &bytes, const QString &relativePath) const override;

    // A parsed message as a document; shared with MboxReader.
    static Document toDocument(const MimeMessage &message, const QString &path,
                               const QString &format);
};

} // namespace cc
