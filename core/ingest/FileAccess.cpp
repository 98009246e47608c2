#include "ingest/FileAccess.h"

#include <QFile>

namespace cc {

bool FileAccess::read(const QString &absolutePath, qint64 maxBytes, QByteArray *out,
                      QString *error) const {
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open: ") + file.errorString();
        return false;
    }
    *out = file.read(maxBytes);
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("read error: ") + file.errorString();
        return false;
    }
    return true;
}

const FileAccess &FileAccess::standard() {
    static const FileAccess access;
    return access;
}

} // namespace cc
