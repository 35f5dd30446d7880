#include "ExportCheckpoint.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace defex {

QJsonObject ExportCheckpoint::toJson() const
{
    return QJsonObject{
        {QStringLiteral("rowsDone"), QString::number(rowsDone)},
        {QStringLiteral("lastId"), QString::number(lastId)},
        {QStringLiteral("upperId"), QString::number(upperId)},
        {QStringLiteral("totalRows"), QString::number(totalRows)},
        {QStringLiteral("partBytes"), QString::number(partBytes)},
        {QStringLiteral("plainBytes"), QString::number(plainBytes)},
        {QStringLiteral("sourceFingerprint"), sourceFingerprint},
    };
}

ExportCheckpoint ExportCheckpoint::fromJson(const QJsonObject &o)
{
    // 64-bit values travel as strings: JSON numbers are doubles.
    ExportCheckpoint c;
    c.rowsDone = o.value(QStringLiteral("rowsDone")).toString().toLongLong();
    c.lastId = o.value(QStringLiteral("lastId")).toString().toLongLong();
    c.upperId = o.value(QStringLiteral("upperId")).toString().toLongLong();
    c.totalRows = o.value(QStringLiteral("totalRows")).toString().toLongLong();
    c.partBytes = o.value(QStringLiteral("partBytes")).toString().toULongLong();
    c.plainBytes = o.value(QStringLiteral("plainBytes")).toString().toULongLong();
    c.sourceFingerprint = o.value(QStringLiteral("sourceFingerprint")).toString();
    return c;
}

namespace {

QString stampOf(const QString &path, bool withCounter)
{
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return QStringLiteral("-");
    QString stamp = QStringLiteral("%1:%2.%3").arg(qint64(st.st_size)).arg(qint64(st.st_mtim.tv_sec))
                        .arg(qint64(st.st_mtim.tv_nsec));
    if (withCounter) {
        // SQLite's file change counter: header bytes 24..27, bumped by every rollback-journal commit.
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.seek(24))
            stamp += QLatin1Char(':') + QString::fromLatin1(f.read(4).toHex());
    }
    return stamp;
}

} // namespace

QString sourceFingerprint(const QString &databasePath)
{
    const QString abs = QFileInfo(databasePath).absoluteFilePath();
    return stampOf(abs, true) + QLatin1Char('|') + stampOf(abs + QStringLiteral("-wal"), false);
}

} // namespace defex
