// The program speaks the user's language: with a Dutch locale the real binary prints its help,
// Qt's command-line parser texts and its error messages in Dutch (the texts of
// translations/definitie-export_nl.ts, built in as .qm); with LANG=C or en_US it prints English.
// tests/tools/check_translations.py (ctest: translations_complete) checks that the .ts files
// are complete; this test checks that the translations actually reach the user.

#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the binary with only the locale variables changed.
Result runIn(const QString &lang, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    if (lang.startsWith(QLatin1String("nl")))
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("nl"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(TestSupport::binary(), args);
    Result r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not run or timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// QCommandLineParser wraps option descriptions to the terminal width; compare without layout.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportHelp_data();
    void exportHelp();
    void missingDatabase_data();
    void missingDatabase();
    void parserError_data();
    void parserError();

private:
    void addLocales();
    // The text the user should see in the row's language: the source, or its Dutch translation.
    QString text(const char *context, const char *source) const;

    QHash<QString, QString> m_dutch; // context + '\x1f' + source -> translation
};

void tst_Translations::initTestCase()
{
    QFile ts(QStringLiteral(DEFEX_TRANSLATIONS_DIR "/definitie-export_nl.ts"));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")
                 && xml.attributes().value(QLatin1String("type")).isEmpty())
            m_dutch.insert(context + QChar(0x1f) + source,
                           xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(m_dutch.size() > 100);
}

void tst_Translations::addLocales()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("dutch");
    QTest::newRow("nl_NL") << QStringLiteral("nl_NL.UTF-8") << true;
    QTest::newRow("C") << QStringLiteral("C") << false;
    QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8") << false;
}

QString tst_Translations::text(const char *context, const char *source) const
{
    QFETCH(bool, dutch);
    const QString src = QString::fromUtf8(source);
    if (!dutch)
        return src;
    const QString key = QString::fromUtf8(context) + QChar(0x1f) + src;
    const QString nl = m_dutch.value(key);
    // A finished Dutch translation that differs from the English, or the test proves nothing.
    if (nl.isEmpty() || nl == src)
        QTest::qFail(qPrintable(QStringLiteral("no Dutch translation for [%1] \"%2\"")
                                    .arg(QString::fromUtf8(context), src)),
                     __FILE__, __LINE__);
    return nl;
}

void tst_Translations::exportHelp_data()
{
    addLocales();
}

void tst_Translations::exportHelp()
{
    QFETCH(QString, lang);
    QFETCH(bool, dutch);
    const Result r = runIn(lang, {QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString out = r.out;
    const QString squeezedOut = squeezed(out);

    // Our own texts: the usage line, the description with the exit codes, an option's help.
    QCOMPARE(out.section(QLatin1Char('\n'), 0, 0),
             text("ExportCommand", "Usage: definitie-export export [options]"));
    const QString description = text("ExportCommand",
        "Export a definitie-app database to CSV, XLSX, JSON or TXT.\n\n"
        "Exit codes: 0 done, 1 usage error, 2 bad input (database missing, not SQLite, not a "
        "definitie-app database, locked), 3 output error (folder not writable, disk full), "
        "4 cancelled (Ctrl-C or SIGTERM).");
    QVERIFY2(out.contains(description), qPrintable(out));
    const QString databaseHelp = QStringLiteral("--database<%1>%2").arg(
        text("ExportOptions", "FILE"),
        text("ExportOptions", "The definitie-app database (SQLite file) to export."));
    QVERIFY2(squeezedOut.contains(squeezed(databaseHelp)), qPrintable(out));
    QVERIFY2(squeezedOut.contains(squeezed(text("ExportCommand", "Print no progress."))), qPrintable(out));

    // Qt's parser texts, translated by our .ts as well (app/QtStrings.cpp).
    QVERIFY2(out.contains(QLatin1Char('\n') + text("QCommandLineParser", "Options:") + QLatin1Char('\n')),
             qPrintable(out));
    QVERIFY2(squeezedOut.contains(squeezed(text("QCommandLineParser", "Displays help on commandline options."))),
             qPrintable(out));

    if (dutch) {
        for (const char *english : {"Usage:", "Options:", "Exit codes", "Only definitions", "Print no progress"})
            QVERIFY2(!out.contains(QLatin1String(english)), english);
    }
}

void tst_Translations::missingDatabase_data()
{
    addLocales();
}

void tst_Translations::missingDatabase()
{
    QFETCH(QString, lang);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result r = runIn(lang, {QStringLiteral("export"), QStringLiteral("--database"),
                                  QStringLiteral("/nonexistent.db"), QStringLiteral("--output"),
                                  dir.filePath(QStringLiteral("x.csv"))});
    QCOMPARE(r.exitCode, 2); // bad input
    const QString expected = text("defex::DefinitionReader", "The database %1 does not exist.")
                                 .arg(QStringLiteral("/nonexistent.db"));
    QVERIFY2(r.err.contains(expected), qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, r.err)));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
}

void tst_Translations::parserError_data()
{
    addLocales();
}

void tst_Translations::parserError()
{
    QFETCH(QString, lang);
    const Result r = runIn(lang, {QStringLiteral("export"), QStringLiteral("--bogus")});
    QCOMPARE(r.exitCode, 1); // usage error
    const QString unknown = text("QCommandLineParser", "Unknown option '%1'.").arg(QStringLiteral("bogus"));
    const QString hint = text("ExportCommand", "Run \"definitie-export export --help\" for the options.");
    QVERIFY2(r.err.contains(unknown), qPrintable(r.err));
    QVERIFY2(r.err.contains(hint), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
