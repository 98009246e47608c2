#pragma once

#include <QByteArray>
#include <QString>

namespace cc {

// The one place the scan touches file contents. A seam: tests substitute a
// FileAccess that fails (CI runs as root, so chmod 000 proves nothing).
class FileAccess {
public:
    virtual ~FileAccess() = default;
    // Reads at most maxBytes; on failure returns false and sets *error to a reason a person reads.
    virtual bool read(const QString &absolutePath, qint64 maxBytes, QByteArray *out,
                      QString *error) const;
    static const FileAccess &standard();
};

} // namespace cc
