#include "GzipVerify.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <zlib.h>

#include <vector>

namespace defex {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::GzipVerify)
};

} // namespace

bool verifyGzipFile(const QString &path, quint64 expectedBytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1 back to check it.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // zlib's inflate with gzip decoding checks every member's CRC-32 and length; after each
    // member it is reset for the next one, as `gzip -t` does.
    z_stream zs = {};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
        *error = Tr::tr("Cannot start the gzip check.");
        return false;
    }
    std::vector<unsigned char> in(1 << 20), out(1 << 20);
    quint64 total = 0;
    bool ok = true;
    bool inMember = false;
    while (ok) {
        const qint64 n = file.read(reinterpret_cast<char *>(in.data()), qint64(in.size()));
        if (n < 0) {
            ok = false;
            break;
        }
        if (n == 0)
            break;
        zs.next_in = in.data();
        zs.avail_in = uInt(n);
        while (zs.avail_in > 0) {
            zs.next_out = out.data();
            zs.avail_out = uInt(out.size());
            const int rc = inflate(&zs, Z_NO_FLUSH);
            total += out.size() - zs.avail_out;
            inMember = true;
            if (rc == Z_STREAM_END) {
                inMember = false;
                inflateReset(&zs);
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                ok = false;
                break;
            }
        }
    }
    inflateEnd(&zs);
    if (!ok || inMember) {
        *error = Tr::tr("The compressed file %1 failed its integrity check.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (total != expectedBytes) {
        *error = Tr::tr("The compressed file %1 holds %2 bytes instead of %3.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(total)
                     .arg(expectedBytes);
        return false;
    }
    return true;
}

} // namespace defex
