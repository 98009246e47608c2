#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace cc {

// A read-only zip archive held in memory (an Office file). Wraps libzip so that
// no libzip type leaks into the readers' headers; every read is size-capped
// because a zip bomb is only a few kilobytes.
class ZipArchive {
public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Opens the archive over `bytes` (which must outlive this object). False with
    // *error set when the bytes are not a zip archive.
    bool open(const QByteArray &bytes, QString *error);
    bool contains(const QString &name) const;
    // Reads one member, at most maxBytes uncompressed. False with *error set when
    // the member is missing, damaged or larger than maxBytes.
    bool read(const QString &name, qint64 maxBytes, QByteArray *out, QString *error) const;

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

} // namespace cc
