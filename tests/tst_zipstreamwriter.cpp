// The streaming zip writer and its chunked deflate, checked by Python's zipfile (inflate and
// CRC of every entry) and Info-ZIP's `unzip -t` where installed.

#include "DeflateChunk.h"
#include "MemorySink.h"
#include "TestSupport.h"
#include "ZipStreamWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace defex;

namespace {

constexpr size_t kChunk = 64 * 1024;

// Text-like data that compresses (words) or data that does not (random bytes: libdeflate then
// writes stored blocks, which must join as well).
std::string makeData(size_t size, bool random, quint32 seed)
{
    static const char *words[]
        = { "begrip ", "definitie ", "strafrecht ", "keten ", "\n", "OM, ", "artikel 12 " };
    std::string s;
    s.reserve(size);
    while (s.size() < size) {
        seed = seed * 1664525u + 1013904223u;
        if (random)
            s.push_back(char(seed >> 24));
        else
            s += words[(seed >> 24) % 7];
    }
    s.resize(size);
    return s;
}

QString sha256(const std::string &s)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(s.data(), qsizetype(s.size())),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QJsonObject checkZip(const QString &path)
{
    const TestSupport::ProcessResult r = TestSupport::run(
        QStringLiteral("/usr/bin/python3"),
        { TestSupport::toolsDir() + QStringLiteral("/check_zip.py"), path }, 600000);
    if (r.exitCode != 0) {
        qWarning("check_zip.py: %s", r.err.constData());
        return {};
    }
    return QJsonDocument::fromJson(r.out).object();
}

bool unzipTest(const QString &path, QByteArray *output)
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        return true;
    const TestSupport::ProcessResult r
        = TestSupport::run(unzip, { QStringLiteral("-tq"), path }, 600000);
    *output = r.out + r.err;
    return r.exitCode == 0;
}

bool writeFile(const QString &path, const std::string &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly)
        && f.write(data.data(), qint64(data.size())) == qint64(data.size());
}

// Inflates a raw deflate stream completely; empty on error or trailing bytes.
std::string inflateRaw(const std::string &in, bool *ok)
{
    z_stream s = {};
    *ok = inflateInit2(&s, -15) == Z_OK;
    std::string out;
    char buf[65536];
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    s.avail_in = uInt(in.size());
    int ret = Z_OK;
    while (*ok && ret == Z_OK) {
        s.next_out = reinterpret_cast<Bytef *>(buf);
        s.avail_out = sizeof buf;
        ret = inflate(&s, Z_NO_FLUSH);
        out.append(buf, sizeof buf - s.avail_out);
        if (ret == Z_BUF_ERROR)
            *ok = false;
    }
    *ok = *ok && ret == Z_STREAM_END && s.avail_in == 0;
    inflateEnd(&s);
    return out;
}

} // namespace

class TestZipStreamWriter : public QObject
{
    Q_OBJECT

private slots:
    void chunksJoinIntoOneStream_data();
    void chunksJoinIntoOneStream();
    void entriesAtChunkBoundaries_data();
    void entriesAtChunkBoundaries();
    void sameInputGivesSameBytes();
    void sinkFailureIsReported();
    void largeArchiveUsesZip64();
};

void TestZipStreamWriter::chunksJoinIntoOneStream_data()
{
    QTest::addColumn<bool>("random");
    QTest::addColumn<int>("level");
    QTest::newRow("text, level 6") << false << 6;
    QTest::newRow("random (stored blocks), level 6") << true << 6;
    QTest::newRow("text, level 1") << false << 1;
    QTest::newRow("text, level 12") << false << 12;
}

// Every way a chunk can end (any number of padding bits) has to join: many chunks of many sizes.
void TestZipStreamWriter::chunksJoinIntoOneStream()
{
    QFETCH(bool, random);
    QFETCH(int, level);
    std::string joined;
    std::string plain;
    for (quint32 i = 0; i < 60; ++i) {
        const std::string piece = makeData(1000 + i * 997, random && i % 3 == 0, i + 1);
        const DeflatedChunk c = deflateChunk(piece, level, i == 59);
        QVERIFY(!c.data.empty());
        QCOMPARE(c.inSize, quint64(piece.size()));
        QCOMPARE(
            c.crc,
            quint32(crc32(0, reinterpret_cast<const Bytef *>(piece.data()), uInt(piece.size()))));
        joined += c.data;
        plain += piece;
    }
    bool ok = false;
    QVERIFY(inflateRaw(joined, &ok) == plain);
    QVERIFY(ok);
    std::string notDeflate = "not a deflate stream";
    QVERIFY(!makeDeflateContinuable(notDeflate, 20));
}

void TestZipStreamWriter::entriesAtChunkBoundaries_data()
{
    QTest::addColumn<bool>("zip64");
    QTest::newRow("zip") << false;
    QTest::newRow("forced zip64") << true;
}

void TestZipStreamWriter::entriesAtChunkBoundaries()
{
    QFETCH(bool, zip64);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.zip"));
    const std::vector<std::pair<std::string, std::string>> entries = {
        { "empty.txt", std::string() },
        { "one.txt", "x" },
        { "below.txt", makeData(kChunk - 1, false, 2) },
        { "exact.txt", makeData(kChunk, false, 3) },
        { "above.txt", makeData(kChunk + 1, false, 4) },
        { "three/exact.xml", makeData(3 * kChunk, false, 5) },
        { "random.bin", makeData(2 * kChunk + 17, true, 6) },
        { "[Content_Types].xml", "<Types/>" },
    };
    MemorySink sink;
    {
        ZipStreamWriter zip(sink, 6, kChunk);
        zip.setForceZip64(zip64);
        for (const auto &[name, data] : entries) {
            QVERIFY(zip.beginEntry(name));
            // In uneven pieces, as a writer hands them over.
            for (size_t at = 0; at < data.size(); at += 10007)
                QVERIFY(zip.write(data.data() + at, std::min<size_t>(10007, data.size() - at)));
            QVERIFY(zip.endEntry());
        }
        QVERIFY2(zip.finish(), qPrintable(zip.errorString()));
    }
    QVERIFY(writeFile(path, sink.data()));

    const QJsonObject z = checkZip(path);
    const QJsonArray list = z.value(QLatin1String("entries")).toArray();
    QCOMPARE(list.size(), int(entries.size()));
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject e = list.at(i).toObject();
        QCOMPARE(e.value(QLatin1String("name")).toString(),
                 QString::fromStdString(entries[size_t(i)].first));
        QCOMPARE(e.value(QLatin1String("size")).toInteger(),
                 qint64(entries[size_t(i)].second.size()));
        QCOMPARE(e.value(QLatin1String("sha256")).toString(), sha256(entries[size_t(i)].second));
        QCOMPARE(e.value(QLatin1String("flags")).toInt() & 0x8, 0x8); // data descriptor
        QCOMPARE(e.value(QLatin1String("zip64")).toBool(), zip64);
        QCOMPARE(e.value(QLatin1String("version")).toInt(), zip64 ? 45 : 20);
    }
    QCOMPARE(z.value(QLatin1String("zip64_end")).toBool(), zip64);
    QByteArray unzipOutput;
    QVERIFY2(unzipTest(path, &unzipOutput), unzipOutput.constData());
}

void TestZipStreamWriter::sameInputGivesSameBytes()
{
    const std::string data = makeData(5 * kChunk + 123, false, 9);
    std::string first;
    for (int run = 0; run < 2; ++run) {
        MemorySink sink;
        ZipStreamWriter zip(sink, 6, kChunk);
        QVERIFY(zip.addEntry("a.xml", data) && zip.addEntry("b.xml", "b") && zip.finish());
        if (run == 0)
            first = sink.data();
        else
            QVERIFY(sink.data() == first);
    }
}

void TestZipStreamWriter::sinkFailureIsReported()
{
    MemorySink sink;
    sink.failAfter(1000);
    ZipStreamWriter zip(sink, 6, kChunk);
    const std::string data = makeData(20 * kChunk, true, 11);
    const bool ok = zip.addEntry("a.bin", data) && zip.finish();
    QVERIFY(!ok);
    QCOMPARE(zip.errorString(), QStringLiteral("memory sink full"));
    QVERIFY(!zip.write("more")); // stays failed
}

// A real archive past 4 GiB: an entry of 4.5 GiB of zeros (a few MB compressed). Slow (about
// a minute of CPU), so only when DEFEX_SLOW_TESTS is set.
void TestZipStreamWriter::largeArchiveUsesZip64()
{
    if (qEnvironmentVariableIsEmpty("DEFEX_SLOW_TESTS"))
        QSKIP("set DEFEX_SLOW_TESTS=1 to write and check a 4.5 GiB zip entry");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.zip"));
    const quint64 size = 4608ull * 1024 * 1024;
    const std::string zeros(4 * 1024 * 1024, '\0');
    MemorySink sink;
    {
        ZipStreamWriter zip(sink);
        QVERIFY(zip.addEntry("small-before.txt", "before"));
        QVERIFY(zip.beginEntry("big.bin"));
        for (quint64 done = 0; done < size; done += zeros.size())
            QVERIFY(zip.write(zeros));
        QVERIFY(zip.endEntry());
        QVERIFY(zip.addEntry("small-after.txt", "after"));
        QVERIFY(zip.finish());
    }
    QVERIFY(writeFile(path, sink.data()));
    const QJsonObject z = checkZip(path);
    const QJsonArray list = z.value(QLatin1String("entries")).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1).toObject().value(QLatin1String("size")).toInteger(), qint64(size));
    QVERIFY(list.at(1).toObject().value(QLatin1String("zip64")).toBool());
    QCOMPARE(list.at(1).toObject().value(QLatin1String("version")).toInt(), 45);
    QVERIFY(!list.at(0).toObject().value(QLatin1String("zip64")).toBool());
    QByteArray unzipOutput;
    QVERIFY2(unzipTest(path, &unzipOutput), unzipOutput.constData());
}

QTEST_GUILESS_MAIN(TestZipStreamWriter)
#include "tst_zipstreamwriter.moc"
