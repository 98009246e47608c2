#include "ingest/ZipArchive.h"

#include <zip.h>

namespace cc {

struct ZipArchive::Handle {
    zip_t *archive = nullptr;
    ~Handle() {
        if (archive)
            zip_discard(archive); // read-only: never write anything back
    }
};

ZipArchive::ZipArchive() = default;
ZipArchive::~ZipArchive() = default;

bool ZipArchive::open(const QByteArray &bytes, QString *error) {
    m_handle.reset();
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(
        bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &zipError);
    if (!source) {
        *error = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return false;
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &zipError);
    if (!archive) {
        *error = QStringLiteral("not a zip archive (") +
                 QString::fromUtf8(zip_error_strerror(&zipError)) + QLatin1Char(')');
        zip_source_free(source);
        zip_error_fini(&zipError);
        return false;
    }
    zip_error_fini(&zipError);
    m_handle = std::make_unique<Handle>();
    m_handle->archive = archive;
    return true;
}

bool ZipArchive::contains(const QString &name) const {
    return m_handle && zip_name_locate(m_handle->archive, name.toUtf8().constData(), 0) >= 0;
}

bool ZipArchive::read(const QString &name, qint64 maxBytes, QByteArray *out, QString *error) const {
    out->clear();
    if (!m_handle) {
        *error = QStringLiteral("archive not open");
        return false;
    }
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_handle->archive, utf8.constData(), 0);
    if (index < 0) {
        *error = name + QStringLiteral(" missing");
        return false;
    }
    zip_file_t *file = zip_fopen_index(m_handle->archive, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
        *error = name + QStringLiteral(" cannot be opened (") +
                 QString::fromUtf8(zip_strerror(m_handle->archive)) + QLatin1Char(')');
        return false;
    }
    // Read in chunks rather than trusting the declared size, which a damaged
    // or hostile archive may misstate.
    char chunk[64 * 1024];
    bool ok = true;
    for (;;) {
        const zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
        if (got < 0) {
            *error = name + QStringLiteral(" is damaged (") +
                     QString::fromUtf8(zip_file_strerror(file)) + QLatin1Char(')');
            ok = false;
            break;
        }
        if (got == 0)
            break;
        if (out->size() + got > maxBytes) {
            *error = name + QStringLiteral(" is larger than ") +
                     QString::number(maxBytes / (1024 * 1024)) + QStringLiteral(" MB");
            ok = false;
            break;
        }
        out->append(chunk, static_cast<qsizetype>(got));
    }
    zip_fclose(file);
    if (!ok)
        out->clear();
    return ok;
}

} // namespace cc
