#pragma once
// Builds a zip archive in memory with libzip, laid out as Word lays out a .docx:
// the fixtures of the Word reader's tests and of the one-briefing-per-format folder.
#include "TestSupport.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <utility>
#include <vector>
#include <zip.h>

namespace cc::test {

using ZipMembers = std::vector<std::pair<QString, QByteArray>>;

inline QByteArray makeZip(const ZipMembers &members) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("built.docx"));
    int errorCode = 0;
    zip_t *archive = zip_open(path.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &errorCode);
    if (!archive)
        return {};
    // libzip reads the buffers at zip_close: `members` keeps them alive until then.
    for (const auto &[name, bytes] : members) {
        zip_source_t *source = zip_source_buffer(archive, bytes.constData(),
                                                 static_cast<zip_uint64_t>(bytes.size()), 0);
        if (zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_OVERWRITE) < 0)
            zip_source_free(source);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return {};
    }
    return readFile(path);
}

} // namespace cc::test
