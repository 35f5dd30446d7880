// Resuming an interrupted export from its checkpoint gives the same bytes as an export that
// ran through; a changed source or a lost .part starts over and says why.

#include "DemoDatabase.h"
#include "Exporter.h"
#include "FileSink.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace defex;

Q_DECLARE_METATYPE(defex::Format)

class TestResume final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resumedIsIdentical_data();
    void resumedIsIdentical();
    void crashAfterCheckpointIsIdentical();
    void changedSourceStartsOver();
    void missingPartStartsOver();
    void xlsxStartsOver();
    void cancelRemovesPart();

private:
    ExportRequest request(Format f, bool gzip, const QString &name) const;
    // Runs until `stopAfter` checkpoints were taken, then suspends; returns the last checkpoint.
    ExportCheckpoint runAndSuspend(const ExportRequest &r, int stopAfter);
    QTemporaryDir m_dir;
    QString m_db;
};

// Two checkpoints (20,000 rows each) plus a tail.
static constexpr qint64 kRows = 45000;

void TestResume::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    DemoOptions options;
    options.rows = kRows;
    QString error;
    QVERIFY2(createDemoDatabase(m_db, options, &error), qPrintable(error));
}

ExportRequest TestResume::request(Format f, bool gzip, const QString &name) const
{
    ExportRequest r;
    r.database = m_db;
    r.format = f;
    r.gzip = gzip;
    r.level = Level::Compleet;
    r.output = m_dir.filePath(name);
    r.timestamp = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    return r;
}

ExportCheckpoint TestResume::runAndSuspend(const ExportRequest &r, int stopAfter)
{
    Exporter exporter(r);
    std::atomic<int> stop{Exporter::Run};
    ExportCheckpoint last;
    int seen = 0;
    exporter.setStopRequest(&stop);
    exporter.setCheckpointHandler([&](const ExportCheckpoint &cp) {
        last = cp;
        if (++seen == stopAfter)
            stop = Exporter::Suspend;
    });
    const ExportResult result = exporter.run();
    if (result.error.kind != ErrorKind::Suspended)
        qWarning() << "expected a suspended export, got" << int(result.error.kind) << result.error.message;
    return last;
}

void TestResume::resumedIsIdentical_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<bool>("gzip");
    for (Format f : {Format::Csv, Format::Json, Format::Txt}) {
        QTest::addRow("%s", qPrintable(formatName(f))) << f << false;
        QTest::addRow("%s.gz", qPrintable(formatName(f))) << f << true;
    }
}

void TestResume::resumedIsIdentical()
{
    QFETCH(Format, format);
    QFETCH(bool, gzip);
    const ExportRequest ref = request(format, gzip, QStringLiteral("ref") + fileExtension(format, gzip));
    const ExportResult reference = Exporter(ref).run();
    QVERIFY2(reference.ok(), qPrintable(reference.error.message));
    QCOMPARE(reference.rows, kRows);

    const ExportRequest r = request(format, gzip, QStringLiteral("resumed") + fileExtension(format, gzip));
    const ExportCheckpoint cp = runAndSuspend(r, 2);
    QCOMPARE(cp.rowsDone, 2 * Exporter::CheckpointRows);
    QVERIFY(!QFileInfo::exists(r.output));
    QVERIFY(QFileInfo::exists(r.output + QStringLiteral(".part")));

    Exporter second(r);
    second.setResumeFrom(ExportCheckpoint::fromJson(cp.toJson())); // as stored by the queue
    second.setVerify(true);
    QList<qint64> firstProgress;
    second.setProgressHandler([&](const ExportProgress &p) {
        if (firstProgress.isEmpty())
            firstProgress << p.rowsDone << p.rowsTotal;
    });
    const ExportResult resumed = second.run();
    QVERIFY2(resumed.ok(), qPrintable(resumed.error.message));
    QVERIFY(resumed.resumed);
    QVERIFY(resumed.restartReason.isEmpty());
    QCOMPARE(firstProgress, (QList<qint64>{cp.rowsDone, kRows}));
    QCOMPARE(resumed.rows, kRows);
    QCOMPARE(resumed.sha256, reference.sha256);
    QCOMPARE(TestSupport::fileSha256(r.output), TestSupport::fileSha256(ref.output));
    QCOMPARE(QString::fromLatin1(TestSupport::fileSha256(r.output)), resumed.sha256);
    if (gzip) {
        const auto t = TestSupport::run(QStringLiteral("gzip"), {QStringLiteral("-t"), r.output});
        QCOMPARE(t.exitCode, 0);
    }
}

void TestResume::crashAfterCheckpointIsIdentical()
{
    // A crash leaves bytes after the last checkpoint in the .part: resuming cuts them off.
    const ExportRequest ref = request(Format::Csv, true, QStringLiteral("crash-ref.csv.gz"));
    const ExportResult reference = Exporter(ref).run();
    QVERIFY(reference.ok());
    const ExportRequest r = request(Format::Csv, true, QStringLiteral("crash.csv.gz"));
    const ExportCheckpoint cp = runAndSuspend(r, 1);
    QFile part(r.output + QStringLiteral(".part"));
    QVERIFY(part.open(QIODevice::Append));
    part.write(QByteArray(100000, 'x'));
    part.close();
    QVERIFY(quint64(part.size()) > cp.partBytes);
    Exporter second(r);
    second.setResumeFrom(cp);
    const ExportResult resumed = second.run();
    QVERIFY2(resumed.ok(), qPrintable(resumed.error.message));
    QVERIFY(resumed.resumed);
    QCOMPARE(resumed.sha256, reference.sha256);
}

void TestResume::changedSourceStartsOver()
{
    const QString copy = m_dir.filePath(QStringLiteral("changing.db"));
    QVERIFY(QFile::copy(m_db, copy));
    ExportRequest r = request(Format::Csv, false, QStringLiteral("changed.csv"));
    r.database = copy;
    const ExportCheckpoint cp = runAndSuspend(r, 1);
    QVERIFY(cp.isValid());
    QTest::qWait(20); // a later modification time even on coarse clocks
    QVERIFY(TestSupport::execSql(copy, QStringLiteral("UPDATE definities SET definitie = 'gewijzigd' WHERE id = 1")));
    Exporter second(r);
    second.setResumeFrom(cp);
    const ExportResult result = second.run();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QVERIFY(!result.resumed);
    QVERIFY2(result.restartReason.contains(QStringLiteral("changed")), qPrintable(result.restartReason));
    QVERIFY(TestSupport::readFile(r.output).contains("gewijzigd"));
    QCOMPARE(result.rows, kRows);
}

void TestResume::missingPartStartsOver()
{
    const ExportRequest r = request(Format::Json, false, QStringLiteral("lost.json"));
    const ExportCheckpoint cp = runAndSuspend(r, 1);
    QVERIFY(QFile::remove(r.output + QStringLiteral(".part")));
    Exporter second(r);
    second.setResumeFrom(cp);
    const ExportResult result = second.run();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QVERIFY(!result.resumed);
    QVERIFY2(result.restartReason.contains(QStringLiteral("missing")), qPrintable(result.restartReason));
    QCOMPARE(result.rows, kRows);
}

void TestResume::xlsxStartsOver()
{
    ExportCheckpoint fake;
    fake.rowsDone = Exporter::CheckpointRows;
    fake.partBytes = 1000;
    const ExportRequest r = request(Format::Xlsx, false, QStringLiteral("over.xlsx"));
    Exporter exporter(r);
    exporter.setResumeFrom(fake);
    const ExportResult result = exporter.run();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QVERIFY(!result.resumed);
    QVERIFY(result.restartReason.contains(QStringLiteral("XLSX")));
}

void TestResume::cancelRemovesPart()
{
    const ExportRequest r = request(Format::Txt, false, QStringLiteral("cancelled.txt"));
    Exporter exporter(r);
    std::atomic<int> stop{Exporter::Run};
    exporter.setStopRequest(&stop);
    exporter.setCheckpointHandler([&](const ExportCheckpoint &) { stop = Exporter::Cancel; });
    const ExportResult result = exporter.run();
    QCOMPARE(result.error.kind, ErrorKind::Cancelled);
    QVERIFY(!QFileInfo::exists(r.output));
    QVERIFY(!QFileInfo::exists(r.output + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
