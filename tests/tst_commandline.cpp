// The command line as a user meets it: `definitie-export export` and `demo-db`, run as a real
// process. Help text, exit codes for every kind of failure, clean cancellation by SIGTERM and
// SIGINT, plain progress lines when stderr is not a terminal, the .gz suffix, and demo-db.

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using TestSupport::ProcessResult;

namespace {

constexpr int kBigRows = 200000;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Number of RFC 4180 records (a quoted field may hold line breaks).
int countCsvRecords(const QByteArray &data)
{
    int records = 0;
    bool quoted = false;
    bool pending = false;
    for (char c : data) {
        if (c == '"')
            quoted = !quoted;
        if (!quoted && c == '\n') {
            ++records;
            pending = false;
        } else if (c != '\r') {
            pending = true;
        }
    }
    return records + (pending ? 1 : 0);
}

QString describe(const ProcessResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(2000)));
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exportHelp();
    void exitCodes_data();
    void exitCodes();
    void cancel_data();
    void cancel();
    void progressLinesWhenNotATerminal();
    void gzipAppendsSuffix();
    void demoDbRefusesExistingFile_data();
    void demoDbRefusesExistingFile();
    void demoDbThenExport();

private:
    QString m_dir;
    QTemporaryDir m_tmp;
    QString m_fixture;
    QString m_big;       // demo database of kBigRows rows, created once
    QString m_notSqlite;
    QString m_noDefinities;
};

void tst_CommandLine::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.path();
    QVERIFY2(QFileInfo(TestSupport::binary()).isExecutable(), qPrintable(TestSupport::binary()));

    m_fixture = m_dir + QStringLiteral("/fixture.db");
    QString error;
    QVERIFY2(TestSupport::createFixtureDatabase(m_fixture, &error), qPrintable(error));
    m_notSqlite = m_dir + QStringLiteral("/notities.txt");
    QVERIFY(writeFile(m_notSqlite, "Dit is een tekstbestand en geen SQLite-database.\n"));
    m_noDefinities = m_dir + QStringLiteral("/anders.db");
    QVERIFY2(TestSupport::execSql(m_noDefinities, QStringLiteral("CREATE TABLE iets (id INTEGER PRIMARY KEY);\n"), &error),
             qPrintable(error));

    m_big = m_dir + QStringLiteral("/groot.db");
    QElapsedTimer clock;
    clock.start();
    const ProcessResult demo = TestSupport::runBinary(
        {QStringLiteral("demo-db"), QStringLiteral("--rows"), QString::number(kBigRows), m_big}, 300000);
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    QVERIFY(QFileInfo(m_big).size() > 0);
    qInfo("created the %d-row demo database in %.1f s", kBigRows, double(clock.elapsed()) / 1000.0);
}

void tst_CommandLine::exportHelp()
{
    const ProcessResult r = TestSupport::runBinary({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromUtf8(r.out);
    for (const char *option : {"--database", "--format", "--gzip", "--level", "--status", "--categorie",
                               "--org-context", "--jur-context", "--created-from", "--created-to",
                               "--updated-from", "--updated-to", "--min-score", "--search", "--delimiter",
                               "--no-bom", "--allow-formulas", "--output"}) {
        static const QString tmpl = QStringLiteral("(^|\\s)%1(\\s|=|,|$)");
        const QRegularExpression re(tmpl.arg(QRegularExpression::escape(QLatin1String(option))),
                                    QRegularExpression::MultilineOption);
        QVERIFY2(re.match(help).hasMatch(), qPrintable(QStringLiteral("--help does not document %1:\n%2")
                                                           .arg(QLatin1String(option), help)));
    }
    // The values and the exit codes are documented too.
    for (const char *word : {"csv", "xlsx", "json", "txt", "basis", "uitgebreid", "compleet"})
        QVERIFY2(help.contains(QLatin1String(word)), word);
    for (const char *code : {"0 done", "1 usage", "2 bad input", "3 output", "4 cancelled"})
        QVERIFY2(help.contains(QLatin1String(code)), code);
    QVERIFY(r.err.isEmpty());
    // --output says that its extension must agree with --format and --gzip.
    QVERIFY2(help.simplified().contains(QLatin1String("must agree with --format and --gzip")),
             qPrintable(help));

    // `queue add --help` lists the export options that "[export options]" stands for, and its own.
    const ProcessResult add = TestSupport::runBinary(
        { QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("--help") });
    QCOMPARE(add.exitCode, 0);
    const QString addHelp = QString::fromUtf8(add.out);
    QVERIFY2(addHelp.startsWith(QLatin1String("Usage: definitie-export queue add")),
             qPrintable(addHelp));
    for (const char *option :
         { "--database",     "--format",         "--gzip",        "--level",        "--status",
           "--categorie",    "--org-context",    "--jur-context", "--created-from", "--created-to",
           "--updated-from", "--updated-to",     "--min-score",   "--search",       "--delimiter",
           "--no-bom",       "--allow-formulas", "--description", "--timestamp",    "--output",
           "--dir",          "--data-dir" }) {
        const QRegularExpression re(QStringLiteral("(^|\\s)%1(\\s|=|,|$)")
                                        .arg(QRegularExpression::escape(QLatin1String(option))),
                                    QRegularExpression::MultilineOption);
        QVERIFY2(re.match(addHelp).hasMatch(),
                 qPrintable(QStringLiteral("queue add --help does not document %1:\n%2")
                                .arg(QLatin1String(option), addHelp)));
    }
    // The same texts as export's, from the same definitions.
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("--format"))
            || line.contains(QLatin1String("--allow-formulas")))
            QVERIFY2(addHelp.contains(line), qPrintable(line));
    }
    QVERIFY(!addHelp.contains(QLatin1String("Subcommands:")));

    // The program's own help names both commands.
    const ProcessResult top = TestSupport::runBinary({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("export"));
    QVERIFY(top.out.contains("demo-db"));
}

void tst_CommandLine::exitCodes_data()
{
    // @DB@: the fixture, @OUT@: an output path of this row, @DIR@: the temp dir, and the bad sources.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // in stderr
    const QString e = QStringLiteral("export");
    const QString db = QStringLiteral("--database");
    const QString o = QStringLiteral("--output");

    QTest::newRow("0 done csv") << QStringList{e, db, QStringLiteral("@DB@"), o, QStringLiteral("@OUT@")} << 0
                                << QStringLiteral("Exported 4 definitions");
    QTest::newRow("0 done xlsx compleet filtered")
        << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                       QStringLiteral("--level"), QStringLiteral("compleet"), QStringLiteral("--status"),
                       QStringLiteral("established,draft"), QStringLiteral("--created-from"), QStringLiteral("2024-01-01"),
                       QStringLiteral("--min-score"), QStringLiteral("0.5"), o, QStringLiteral("@OUT@")}
        << 0 << QStringLiteral("Exported 1 definitions");
    QTest::newRow("0 done quiet") << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--quiet"), o,
                                                 QStringLiteral("@OUT@")}
                                  << 0 << QString();

    QTest::newRow("1 unknown option") << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--bogus"), o,
                                                     QStringLiteral("@OUT@")}
                                      << 1 << QStringLiteral("bogus");
    QTest::newRow("1 missing --output") << QStringList{e, db, QStringLiteral("@DB@")} << 1 << QStringLiteral("--output");
    QTest::newRow("1 missing --database") << QStringList{e, o, QStringLiteral("@OUT@")} << 1 << QStringLiteral("--database");
    QTest::newRow("1 bad --format") << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--format"),
                                                   QStringLiteral("pdf"), o, QStringLiteral("@OUT@")}
                                    << 1 << QStringLiteral("pdf");
    QTest::newRow("1 bad --level") << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--level"),
                                                  QStringLiteral("alles"), o, QStringLiteral("@OUT@")}
                                   << 1 << QStringLiteral("alles");
    QTest::newRow("1 bad date") << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--created-from"),
                                               QStringLiteral("2024-13-01"), o, QStringLiteral("@OUT@")}
                                << 1 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("1 bad date format") << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--updated-to"),
                                                      QStringLiteral("01-02-2024"), o, QStringLiteral("@OUT@")}
                                       << 1 << QStringLiteral("01-02-2024");
    QTest::newRow("1 bad --min-score") << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--min-score"),
                                                      QStringLiteral("hoog"), o, QStringLiteral("@OUT@")}
                                       << 1 << QStringLiteral("--min-score");
    QTest::newRow("1 --min-score out of range") << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--min-score"),
                                                               QStringLiteral("1.5"), o, QStringLiteral("@OUT@")}
                                                << 1 << QStringLiteral("between 0 and 1");
    QTest::newRow("1 created from > to")
        << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--created-from"), QStringLiteral("2025-02-01"),
                       QStringLiteral("--created-to"), QStringLiteral("2025-01-01"), o, QStringLiteral("@OUT@")}
        << 1 << QStringLiteral("created-from");
    QTest::newRow("1 updated from > to")
        << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--updated-from"), QStringLiteral("2025-02-01"),
                       QStringLiteral("--updated-to"), QStringLiteral("2025-01-31"), o, QStringLiteral("@OUT@")}
        << 1 << QStringLiteral("updated-from");
    QTest::newRow("1 bad --status") << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--status"),
                                                   QStringLiteral("klaar"), o, QStringLiteral("@OUT@")}
                                    << 1 << QStringLiteral("klaar");
    QTest::newRow("1 bad --delimiter") << QStringList{e, db, QStringLiteral("@DB@"), QStringLiteral("--delimiter"),
                                                      QStringLiteral("|"), o, QStringLiteral("@OUT@")}
                                       << 1 << QStringLiteral("delimiter");
    QTest::newRow("1 unexpected argument") << QStringList{e, db, QStringLiteral("@DB@"), o, QStringLiteral("@OUT@"),
                                                          QStringLiteral("extra")}
                                           << 1 << QStringLiteral("extra");
    QTest::newRow("1 unknown command") << QStringList{QStringLiteral("exporteer"), db, QStringLiteral("@DB@")}
                                       << 1 << QStringLiteral("Unknown command");
    // No command opens the window (tests/desktop); its parser errors need no display.
    QTest::newRow("1 window: unknown option") << QStringList{QStringLiteral("window"), QStringLiteral("--bogus")}
                                              << 1 << QStringLiteral("bogus");

    QTest::newRow("2 missing database") << QStringList{e, db, QStringLiteral("@DIR@/bestaat-niet.db"), o,
                                                       QStringLiteral("@OUT@")}
                                        << 2 << QStringLiteral("does not exist");
    QTest::newRow("2 not SQLite") << QStringList{e, db, QStringLiteral("@NOTSQLITE@"), o, QStringLiteral("@OUT@")}
                                  << 2 << QStringLiteral("not a SQLite database");
    QTest::newRow("2 no definities") << QStringList{e, db, QStringLiteral("@NODEFS@"), o, QStringLiteral("@OUT@")}
                                     << 2 << QStringLiteral("definities");
    QTest::newRow("2 a folder as database") << QStringList{e, db, QStringLiteral("@DIR@"), o, QStringLiteral("@OUT@")}
                                            << 2 << QStringLiteral("not a file");

    // A known extension must agree with --format and --gzip; other names stay allowed (@OUT@
    // ends in .out).
    QTest::newRow("1 csv named .csv.gz")
        << QStringList { e,
                         db,
                         QStringLiteral("@DB@"),
                         QStringLiteral("--format"),
                         QStringLiteral("csv"),
                         o,
                         QStringLiteral("@DIR@/c5.csv.gz") }
        << 1
        << QStringLiteral("c5.csv.gz ends in .gz but --gzip was not given: add --gzip or name the "
                          "file c5.csv.");
    QTest::newRow("1 csv named .xlsx")
        << QStringList { e,
                         db,
                         QStringLiteral("@DB@"),
                         QStringLiteral("--format"),
                         QStringLiteral("csv"),
                         o,
                         QStringLiteral("@DIR@/c2.xlsx") }
        << 1
        << QStringLiteral("c2.xlsx ends in .xlsx but the format is csv: give --format xlsx or name "
                          "the file c2.csv.");
    QTest::newRow("1 json --gzip named .csv") << QStringList { e,
                                                               db,
                                                               QStringLiteral("@DB@"),
                                                               QStringLiteral("--format"),
                                                               QStringLiteral("json"),
                                                               QStringLiteral("--gzip"),
                                                               o,
                                                               QStringLiteral("@DIR@/j.CSV") }
                                              << 1 << QStringLiteral("or name the file j.json.gz.");
    QTest::newRow("1 --format twice")
        << QStringList { e,
                         db,
                         QStringLiteral("@DB@"),
                         QStringLiteral("--format"),
                         QStringLiteral("csv"),
                         QStringLiteral("--format"),
                         QStringLiteral("json"),
                         o,
                         QStringLiteral("@OUT@") }
        << 1
        << QStringLiteral("--format was given more than once with different values (csv, json)");
    QTest::newRow("1 bad --categorie") << QStringList { e,
                                                        db,
                                                        QStringLiteral("@DB@"),
                                                        QStringLiteral("--categorie"),
                                                        QStringLiteral("type,soort"),
                                                        o,
                                                        QStringLiteral("@OUT@") }
                                       << 1 << QStringLiteral("Unknown category \"soort\"");
    QTest::newRow("0 keywords in capitals")
        << QStringList { e,
                         db,
                         QStringLiteral("@DB@"),
                         QStringLiteral("--format"),
                         QStringLiteral("CSV"),
                         QStringLiteral("--status"),
                         QStringLiteral("ESTABLISHED,Draft"),
                         QStringLiteral("--status"),
                         QStringLiteral("REVIEW"),
                         QStringLiteral("--level"),
                         QStringLiteral("BASIS"),
                         QStringLiteral("--delimiter"),
                         QStringLiteral("TAB"),
                         QStringLiteral("--categorie"),
                         QStringLiteral("TYPE,Proces,ent"),
                         o,
                         QStringLiteral("@OUT@") }
        << 0 << QStringLiteral("Exported 2 definitions"); // 1 type/established, 2 proces/draft
    QTest::newRow("0 CSV options with xlsx warn")
        << QStringList { e,
                         db,
                         QStringLiteral("@DB@"),
                         QStringLiteral("--format"),
                         QStringLiteral("xlsx"),
                         QStringLiteral("--delimiter"),
                         QStringLiteral("tab"),
                         QStringLiteral("--no-bom"),
                         o,
                         QStringLiteral("@OUT@") }
        << 0
        << QStringLiteral(
               "warning: --no-bom has no effect on XLSX exports; it applies to CSV only.");
    QTest::newRow("0 nothing matches")
        << QStringList { e,
                         db,
                         QStringLiteral("@DB@"),
                         QStringLiteral("--search"),
                         QStringLiteral("zzzqqq"),
                         QStringLiteral("--quiet"),
                         o,
                         QStringLiteral("@OUT@") }
        << 0
        << QStringLiteral("No definitions match the filters. The file has only the header row.");

    QTest::newRow("3 output folder missing")
        << QStringList{e, db, QStringLiteral("@DB@"), o, QStringLiteral("@DIR@/geen/map/uit.csv")} << 3
        << QStringLiteral("folder does not exist");
    // /proc exists but takes no new files; "No such file or directory" would point elsewhere.
    QTest::newRow("3 folder takes no files")
        << QStringList { e, db, QStringLiteral("@DB@"), o, QStringLiteral("/proc/o.csv") } << 3
        << QStringLiteral("Cannot write /proc/o.csv: no file can be created in the folder /proc.");
    QTest::newRow("3 output is a folder") << QStringList{e, db, QStringLiteral("@DB@"), o, QStringLiteral("@DIR@")}
                                          << 3 << QStringLiteral("is a folder");
}

void tst_CommandLine::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString out = m_dir + QStringLiteral("/exit-") + QString::fromLatin1(QTest::currentDataTag())
                                                             .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"))
                        + QStringLiteral(".out");
    QString explicitOut;
    for (QString &a : args) {
        a.replace(QStringLiteral("@DB@"), m_fixture)
            .replace(QStringLiteral("@OUT@"), out)
            .replace(QStringLiteral("@NOTSQLITE@"), m_notSqlite)
            .replace(QStringLiteral("@NODEFS@"), m_noDefinities)
            .replace(QStringLiteral("@DIR@"), m_dir);
    }
    const int outIndex = int(args.indexOf(QStringLiteral("--output")));
    if (outIndex >= 0 && outIndex + 1 < args.size())
        explicitOut = args.at(outIndex + 1);
    const QByteArray fixtureHash = TestSupport::fileSha256(m_fixture);

    const ProcessResult r = TestSupport::runBinary(args, 60000);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    if (!message.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
    if (exitCode == 0) {
        QVERIFY(QFileInfo(explicitOut).isFile());
        QVERIFY(QFileInfo(explicitOut).size() > 0);
        if (message.isEmpty())
            QVERIFY2(r.err.isEmpty(), r.err.constData()); // --quiet
    } else {
        QVERIFY2(!r.err.trimmed().isEmpty(), "a failure without a message");
        if (!explicitOut.isEmpty() && !QFileInfo(explicitOut).isDir())
            QVERIFY2(!QFileInfo::exists(explicitOut), qPrintable(explicitOut));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
        QVERIFY(!QFileInfo::exists(m_dir + QStringLiteral(".part")));
    }
    QCOMPARE(TestSupport::fileSha256(m_fixture), fixtureHash);
}

void tst_CommandLine::cancel_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void tst_CommandLine::cancel()
{
    QFETCH(int, signal);
    const QString out = m_dir + QStringLiteral("/afgebroken-%1.csv").arg(signal);
    const QString part = out + QStringLiteral(".part");

    QProcess p;
    p.start(TestSupport::binary(), {QStringLiteral("export"), QStringLiteral("--database"), m_big,
                                    QStringLiteral("--level"), QStringLiteral("compleet"),
                                    QStringLiteral("--output"), out});
    QVERIFY(p.waitForStarted(10000));

    // Wait until the export is really under way: the .part exists and has grown.
    QElapsedTimer clock;
    clock.start();
    qint64 firstSize = -1;
    bool grown = false;
    while (clock.elapsed() < 60000 && p.state() == QProcess::Running) {
        const qint64 size = QFileInfo(part).exists() ? QFileInfo(part).size() : -1;
        if (size > 0 && firstSize < 0)
            firstSize = size;
        else if (firstSize > 0 && size > firstSize) {
            grown = true;
            break;
        }
        p.waitForFinished(20);
    }
    QVERIFY2(grown, qPrintable(QStringLiteral("the export did not get under way before it ended (state %1, %2)")
                                   .arg(int(p.state()))
                                   .arg(QString::fromUtf8(p.readAllStandardError()))));
    QVERIFY(p.state() == QProcess::Running);

    QElapsedTimer sinceSignal;
    sinceSignal.start();
    QCOMPARE(::kill(pid_t(p.processId()), signal), 0);
    QVERIFY2(p.waitForFinished(10000), "the export did not stop after the signal");
    const qint64 stopMs = sinceSignal.elapsed();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // it handled the signal, not died of it
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 4, qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(err))));
    QVERIFY2(stopMs < 5000, qPrintable(QStringLiteral("took %1 ms to stop").arg(stopMs)));
    QVERIFY2(err.contains("Cancelled"), err.constData());
    QVERIFY2(err.contains(out.toUtf8()), err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(part));
}

void tst_CommandLine::progressLinesWhenNotATerminal()
{
    // stderr is a pipe here: progress comes as plain lines every few seconds, no bar, no escapes.
    // Compressed, so that the export outlasts the two seconds between lines on a fast machine
    // (plain JSON of these rows took 1.6 s on a quiet one, and no line came from the middle).
    const QString out = m_dir + QStringLiteral("/voortgang.json.gz");
    QProcess p;
    p.start(TestSupport::binary(), {QStringLiteral("export"), QStringLiteral("--database"), m_big,
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--gzip"),
                                    QStringLiteral("--level"), QStringLiteral("compleet"),
                                    QStringLiteral("--output"), out});
    QVERIFY(p.waitForStarted(10000));
    static const QRegularExpression progress(
        QStringLiteral("^\\s*(\\d{1,3})% (\\d+)/%1 rows\\s+\\d+\\.\\d MB").arg(kBigRows));
    QByteArray err;
    QString line;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000 && line.isEmpty()) {
        if (!p.waitForReadyRead(200) && p.state() != QProcess::Running)
            break;
        err += p.readAllStandardError();
        // The first line (0 rows) comes at once; wait for a periodic one from the middle.
        for (const QByteArray &l : err.split('\n')) {
            const QRegularExpressionMatch m = progress.match(QString::fromUtf8(l));
            if (m.hasMatch() && m.captured(2).toLongLong() > 0) {
                line = QString::fromUtf8(l);
                break;
            }
        }
    }
    const bool stillRunning = p.state() == QProcess::Running;
    if (stillRunning) {
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
    } else {
        p.waitForFinished(10000);
    }
    err += p.readAllStandardError();
    QVERIFY2(!line.isEmpty(), qPrintable(QStringLiteral("no progress line in: ") + QString::fromUtf8(err)));
    QVERIFY2(line.contains(QLatin1Char('%')) && line.contains(QStringLiteral("rows")), qPrintable(line));
    const QRegularExpressionMatch m = progress.match(line);
    QVERIFY(m.captured(1).toInt() <= 100);
    QVERIFY(m.captured(2).toLongLong() > 0);
    QVERIFY(m.captured(2).toLongLong() <= kBigRows);
    QVERIFY2(line.contains(QStringLiteral("rows/s")), qPrintable(line)); // the rate
    QVERIFY2(!err.contains('\r'), "carriage returns in non-terminal output");
    QVERIFY2(!err.contains('\x1b'), "terminal escape sequences in non-terminal output");
    QVERIFY2(!err.contains('#'), "a progress bar in non-terminal output");
    if (stillRunning) {
        QCOMPARE(p.exitCode(), 4);
        QVERIFY(!QFileInfo::exists(out));
    } else {
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFileInfo::exists(out));
        QFile::remove(out);
    }
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
}

void tst_CommandLine::gzipAppendsSuffix()
{
    const QString out = m_dir + QStringLiteral("/export.csv");
    const ProcessResult r = TestSupport::runBinary({QStringLiteral("export"), QStringLiteral("--database"), m_fixture,
                                                    QStringLiteral("--gzip"), QStringLiteral("--output"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(out));
    const QString gz = out + QStringLiteral(".gz");
    QVERIFY(QFileInfo::exists(gz));
    QVERIFY2(r.err.contains(gz.toUtf8()), r.err.constData());
    const ProcessResult test = TestSupport::run(QStringLiteral("gzip"), {QStringLiteral("-t"), gz});
    QVERIFY2(test.exitCode == 0, test.err.constData());
    const ProcessResult plain = TestSupport::run(QStringLiteral("gzip"), {QStringLiteral("-dc"), gz});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.startsWith("\xEF\xBB\xBF" "begrip;definitie;"));
    QCOMPARE(countCsvRecords(plain.out), 5);

    // A name that already ends in .gz is kept as it is.
    const QString named = m_dir + QStringLiteral("/al.json.gz");
    const ProcessResult r2 = TestSupport::runBinary({QStringLiteral("export"), QStringLiteral("--database"), m_fixture,
                                                     QStringLiteral("--format"), QStringLiteral("json"),
                                                     QStringLiteral("--gzip"), QStringLiteral("--output"), named});
    QVERIFY2(r2.exitCode == 0, qPrintable(describe(r2)));
    QVERIFY(QFileInfo::exists(named));
    QVERIFY(!QFileInfo::exists(named + QStringLiteral(".gz")));
    QCOMPARE(TestSupport::run(QStringLiteral("gzip"), {QStringLiteral("-t"), named}).exitCode, 0);
}

void tst_CommandLine::demoDbRefusesExistingFile_data()
{
    QTest::addColumn<bool>("sqlite");
    QTest::newRow("a text file") << false;
    QTest::newRow("a database") << true;
}

void tst_CommandLine::demoDbRefusesExistingFile()
{
    QFETCH(bool, sqlite);
    const QString file = m_dir + (sqlite ? QStringLiteral("/bestaand.db") : QStringLiteral("/bestaand.txt"));
    if (sqlite) {
        QVERIFY(QFile::copy(m_fixture, file));
    } else {
        QVERIFY(writeFile(file, "niet overschrijven\n"));
    }
    const QByteArray before = TestSupport::fileSha256(file);
    const QStringList entries = QDir(m_dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    const ProcessResult r = TestSupport::runBinary({QStringLiteral("demo-db"), QStringLiteral("--rows"),
                                                    QStringLiteral("10"), file});
    QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QFileInfo(file).fileName().toUtf8()), qPrintable(describe(r)));
    QCOMPARE(TestSupport::fileSha256(file), before);
    QCOMPARE(QDir(m_dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), entries);
    QFile::remove(file);
}

void tst_CommandLine::demoDbThenExport()
{
    const QString db = m_dir + QStringLiteral("/honderd.db");
    const ProcessResult demo = TestSupport::runBinary({QStringLiteral("demo-db"), QStringLiteral("--rows"),
                                                       QStringLiteral("100"), db});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    QVERIFY(QFileInfo(db).isFile());
    QVERIFY(!QFileInfo::exists(db + QStringLiteral(".part")));

    const QString csv = m_dir + QStringLiteral("/honderd.csv");
    const ProcessResult r = TestSupport::runBinary({QStringLiteral("export"), QStringLiteral("--database"), db,
                                                    QStringLiteral("--output"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("Exported 100 definitions"), r.err.constData());
    const QByteArray data = TestSupport::readFile(csv);
    QVERIFY(data.startsWith("\xEF\xBB\xBF" "begrip;"));
    QCOMPARE(countCsvRecords(data), 101); // header + 100 rows

    const QString json = m_dir + QStringLiteral("/honderd.json");
    const ProcessResult rj = TestSupport::runBinary({QStringLiteral("export"), QStringLiteral("--database"), db,
                                                     QStringLiteral("--format"), QStringLiteral("json"),
                                                     QStringLiteral("--level"), QStringLiteral("compleet"),
                                                     QStringLiteral("--output"), json});
    QVERIFY2(rj.exitCode == 0, qPrintable(describe(rj)));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(TestSupport::readFile(json), &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("definities")).toArray().size(), 100);
    QCOMPARE(doc.object().value(QStringLiteral("export_info")).toObject().value(QStringLiteral("total_definitions")).toInt(), 100);
    QSet<int> ids;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("definities")).toArray()) {
        const QJsonObject d = v.toObject();
        ids.insert(d.value(QStringLiteral("id")).toInt());
        QVERIFY(!d.value(QStringLiteral("begrip")).toString().isEmpty());
        QVERIFY(!d.value(QStringLiteral("definitie")).toString().isEmpty());
    }
    QCOMPARE(ids.size(), 100);
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
