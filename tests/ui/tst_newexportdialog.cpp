// The new-export dialog on real SQLite files: choices read from the database, the live count
// against the real binary's export of the same filters, the default description, inline
// validation messages, the request it builds, and that database work never runs on the UI thread.

#include "AppSettings.h"
#include "ChoiceList.h"
#include "DefinitionReader.h"
#include "NewExportDialog.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace defex;

namespace {

struct Filter
{
    QStringList statuses, categories;
    QString org, search;
    QDate createdFrom, createdTo;
    double minScore = -1;
};

// The choices are read and the count is known (both off the UI thread).
#define WAIT_READY(d) QTRY_VERIFY_WITH_TIMEOUT((d).choicesLoaded() && !(d).isCounting(), 20000)

QString readerError(const QString &database)
{
    ExportRequest r;
    r.database = database;
    DefinitionReader reader(r);
    ExportError e;
    reader.open(&e);
    return e.message;
}

} // namespace

Q_DECLARE_METATYPE(Filter)

class TestNewExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choicesComeFromTheDatabase();
    void defaultDescriptionFollowsChoices();
    void liveCountMatchesTheExport_data();
    void liveCountMatchesTheExport();
    void countArrivesAsynchronously();
    void staleCountNeverShows();
    void validation_data();
    void validation();
    void dateRangeAndDestination();
    void noMatchIsAWarning();
    void requestRoundTrip();
    void csvOptionsOnlyForCsv();
    void xlsxWithGzipIsExplained();
    void keyboardAndAccessibility();
    void wheelScrollsTheFormNotTheChoices();

private:
    template<typename T> T *field(NewExportDialog &d, const char *name)
    {
        T *w = d.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    void apply(NewExportDialog &d, const Filter &f);
    AppSettings settings(const QString &database = {}) const;

    QTemporaryDir m_dir;
    QString m_fixture;
    QString m_demo;
};

AppSettings TestNewExportDialog::settings(const QString &database) const
{
    AppSettings s;
    s.lastDatabase = database;
    s.exportDirectory = m_dir.filePath(QStringLiteral("exports"));
    return s;
}

void TestNewExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(QStringLiteral("fixture.db"));
    QString error;
    QVERIFY2(TestSupport::createFixtureDatabase(m_fixture, &error), qPrintable(error));
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    const auto r = TestSupport::runBinary(
        { QStringLiteral("demo-db"), QStringLiteral("--rows"), QStringLiteral("300"), m_demo });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("exports"))));
}

void TestNewExportDialog::apply(NewExportDialog &d, const Filter &f)
{
    field<ChoiceList>(d, "statuses")->setCheckedValues(f.statuses);
    field<ChoiceList>(d, "categories")->setCheckedValues(f.categories);
    field<QComboBox>(d, "orgContext")->setCurrentText(f.org);
    auto *search = field<QLineEdit>(d, "search");
    search->clear();
    QTest::keyClicks(search, f.search);
    field<QCheckBox>(d, "createdFromOn")->setChecked(f.createdFrom.isValid());
    if (f.createdFrom.isValid())
        field<QDateEdit>(d, "createdFrom")->setDate(f.createdFrom);
    field<QCheckBox>(d, "createdToOn")->setChecked(f.createdTo.isValid());
    if (f.createdTo.isValid())
        field<QDateEdit>(d, "createdTo")->setDate(f.createdTo);
    field<QCheckBox>(d, "minScoreOn")->setChecked(f.minScore >= 0);
    if (f.minScore >= 0)
        field<QDoubleSpinBox>(d, "minScore")->setValue(f.minScore);
}

void TestNewExportDialog::choicesComeFromTheDatabase()
{
    NewExportDialog d(settings(), m_fixture);
    WAIT_READY(d);
    QCOMPARE(d.database(), QFileInfo(m_fixture).absoluteFilePath());
    // The definitie-app's lifecycle order, not the alphabet; categories as stored.
    QCOMPARE(field<ChoiceList>(d, "statuses")->values(),
             QStringList({ QStringLiteral("draft"), QStringLiteral("review"),
                           QStringLiteral("established"), QStringLiteral("archived") }));
    QCOMPARE(field<ChoiceList>(d, "categories")->values(),
             QStringList({ QStringLiteral("OTH"), QStringLiteral("proces"),
                           QStringLiteral("resultaat"), QStringLiteral("type") }));
    // JSON arrays split into elements, the legacy plain "Strafrechtketen" merged with the element.
    QCOMPARE(d.choices().organisatorischeContexts,
             QStringList({ QStringLiteral("KMAR"), QStringLiteral("OM"),
                           QStringLiteral("Strafrechtketen") }));
    QCOMPARE(d.choices().juridischeContexts,
             QStringList({ QStringLiteral("Bestuursrecht"), QStringLiteral("Strafrecht") }));
    auto *org = field<QComboBox>(d, "orgContext");
    QCOMPARE(org->count(), 4); // "" (any) and the three
    QCOMPARE(org->itemText(3), QStringLiteral("Strafrechtketen"));
    QCOMPARE(field<ChoiceList>(d, "statuses")->item(2)->text(), QStringLiteral("Established (1)"));
    QCOMPARE(d.matchingCount(), 4);

    // Another database: the choices follow it.
    field<QLineEdit>(d, "database")->setText(m_demo);
    QVERIFY(!d.choicesLoaded());
    WAIT_READY(d);
    QCOMPARE(
        field<ChoiceList>(d, "statuses")->values(),
        QStringList({ QStringLiteral("imported"), QStringLiteral("draft"), QStringLiteral("review"),
                      QStringLiteral("established"), QStringLiteral("archived") }));
    QVERIFY(field<ChoiceList>(d, "categories")->values().contains(QStringLiteral("ENT")));
    QVERIFY(d.choices().organisatorischeContexts.contains(QStringLiteral("CJIB")));
    QCOMPARE(d.matchingCount(), 300);
}

void TestNewExportDialog::defaultDescriptionFollowsChoices()
{
    NewExportDialog d(settings(), m_fixture);
    WAIT_READY(d);
    const QString date = QLocale().toString(QDate::currentDate(), QStringLiteral("d MMM yyyy"));
    auto *description = field<QLineEdit>(d, "description");
    QCOMPARE(description->text(), QStringLiteral("All definitions \u2013 Excel \u2013 ") + date);
    field<ChoiceList>(d, "statuses")->setCheckedValues({ QStringLiteral("established") });
    QCOMPARE(description->text(),
             QStringLiteral("Established definitions \u2013 Excel \u2013 ") + date);
    field<QComboBox>(d, "format")->setCurrentIndex(0);
    QCOMPARE(description->text(),
             QStringLiteral("Established definitions \u2013 CSV \u2013 ") + date);
    field<ChoiceList>(d, "statuses")
        ->setCheckedValues({ QStringLiteral("established"), QStringLiteral("review") });
    QCOMPARE(description->text(), QStringLiteral("Definitions \u2013 CSV \u2013 ") + date);

    // Typed by the user: kept; emptied by the user: follows again.
    description->clear();
    QTest::keyClicks(description, QStringLiteral("Mijn export"));
    field<QComboBox>(d, "format")->setCurrentIndex(2);
    QCOMPARE(d.description(), QStringLiteral("Mijn export"));
    QCOMPARE(d.request().description, QStringLiteral("Mijn export"));
    description->selectAll();
    QTest::keyClick(description, Qt::Key_Backspace);
    field<ChoiceList>(d, "statuses")->setCheckedValues({});
    QCOMPARE(description->text(), QStringLiteral("All definitions \u2013 JSON \u2013 ") + date);
}

void TestNewExportDialog::liveCountMatchesTheExport_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QStringList>("cli");
    const auto s = [](const char *t) { return QString::fromUtf8(t); };
    Filter f;
    f.statuses = { s("established") };
    QTest::newRow("status") << f << QStringList { s("--status"), s("established") };
    f = {};
    f.search = s("straf");
    QTest::newRow("search") << f << QStringList { s("--search"), s("straf") };
    f = {};
    f.createdFrom = QDate(2025, 1, 1);
    f.createdTo = QDate(2025, 12, 31);
    QTest::newRow("created range")
        << f
        << QStringList { s("--created-from"), s("2025-01-01"), s("--created-to"), s("2025-12-31") };
    f = {};
    f.minScore = 0.8;
    QTest::newRow("min score") << f << QStringList { s("--min-score"), s("0.8") };
    f = {};
    f.statuses = { s("draft"), s("review") };
    f.categories = { s("type"), s("proces") };
    f.org = s("cjib");
    f.createdFrom = QDate(2024, 6, 1);
    QTest::newRow("combined") << f << QStringList { s("--status"),       s("draft,review"),
                                                    s("--categorie"),    s("type,proces"),
                                                    s("--org-context"),  s("cjib"),
                                                    s("--created-from"), s("2024-06-01") };
}

// The count the dialog shows is what the real program exports for the same filters.
void TestNewExportDialog::liveCountMatchesTheExport()
{
    QFETCH(Filter, filter);
    QFETCH(QStringList, cli);
    const QString out = m_dir.filePath(QStringLiteral("count-%1.json")
                                           .arg(QLatin1String(QTest::currentDataTag()))
                                           .replace(QLatin1Char(' '), QLatin1Char('-')));
    const auto r = TestSupport::runBinary(
        QStringList { QStringLiteral("export"), QStringLiteral("--database"), m_demo,
                      QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--quiet"),
                      QStringLiteral("--output"), out }
        + cli);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 exported = QJsonDocument::fromJson(TestSupport::readFile(out))
                                .object()
                                .value(QStringLiteral("definities"))
                                .toArray()
                                .size();
    QVERIFY(exported > 0 && exported < 300);

    NewExportDialog d(settings(), m_demo);
    d.setDebounce(20);
    WAIT_READY(d);
    apply(d, filter);
    QVERIFY(d.isCounting());
    WAIT_READY(d);
    QCOMPARE(d.matchingCount(), exported);
    QCOMPARE(d.countText(),
             QStringLiteral("%1 definition(s) match").arg(QLocale().toString(exported)));
    QCOMPARE(d.countText(), field<QLabel>(d, "countLabel")->text());
}

void TestNewExportDialog::countArrivesAsynchronously()
{
    NewExportDialog d(settings(), m_demo);
    WAIT_READY(d);
    QSignalSpy counted(&d, &NewExportDialog::countUpdated);
    field<ChoiceList>(d, "statuses")->setCheckedValues({ QStringLiteral("draft") });
    QTest::keyClicks(field<QLineEdit>(d, "search"), QStringLiteral("recht"));
    // Nothing was counted on this thread: the dialog says it is counting and blocks nothing.
    QCOMPARE(counted.count(), 0);
    QVERIFY(d.isCounting());
    QCOMPARE(d.countText(), QStringLiteral("Counting matching definitions…"));
    QVERIFY(d.canAccept());
    // Six quick changes, one debounced count.
    QTRY_COMPARE(counted.count(), 1);
    QTest::qWait(400);
    QCOMPARE(counted.count(), 1);
    QVERIFY(counted.at(0).at(0).toLongLong() > 0);
}

// A count that is overtaken by a newer change is dropped even when it ends later: the database
// is locked by a writer while the first count runs, and the filter changes meanwhile.
void TestNewExportDialog::staleCountNeverShows()
{
    const QString db = m_dir.filePath(QStringLiteral("locked.db"));
    QVERIFY(QFile::copy(m_fixture, db));
    NewExportDialog d(settings(), db);
    d.setDebounce(0);
    WAIT_READY(d);
    QSignalSpy counted(&d, &NewExportDialog::countUpdated);
    {
        QSqlDatabase writer
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(db);
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        field<ChoiceList>(d, "statuses")->setCheckedValues({ QStringLiteral("draft") });
        QTest::qWait(150); // the count starts and waits for the lock
        field<ChoiceList>(d, "statuses")
            ->setCheckedValues({ QStringLiteral("established"), QStringLiteral("review") });
        QTest::qWait(100);
        QCOMPARE(counted.count(), 0);
        QVERIFY(d.isCounting());
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QTRY_COMPARE(counted.count(), 1);
    QCOMPARE(counted.at(0).at(0).toLongLong(), 2);
    QTest::qWait(300);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(d.matchingCount(), 2);
}

void TestNewExportDialog::validation_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("needle");
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Dit is geen database, maar een tekstbestand met notities.\n");
    f.close();
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(TestSupport::execSql(
        other, QStringLiteral("CREATE TABLE boeken (id INTEGER PRIMARY KEY, titel TEXT)")));
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("bestaat-niet.db"))
                             << QStringLiteral("does not exist");
    QTest::newRow("text file") << text << QStringLiteral("not a SQLite database");
    QTest::newRow("other sqlite") << other << QStringLiteral("not a definitie-app database");
}

// A bad source is named inline with the reader's own message, and OK is blocked.
void TestNewExportDialog::validation()
{
    QFETCH(QString, database);
    QFETCH(QString, needle);
    NewExportDialog d(settings(), database);
    d.show();
    QTRY_VERIFY(d.choicesLoaded());
    const QString expected = readerError(database);
    QVERIFY2(expected.contains(needle), qPrintable(expected));
    QCOMPARE(d.errors(), QStringList { expected });
    QVERIFY(!d.canAccept());
    QVERIFY(!d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    // Shown in the window (a label with an icon), not only in a message box.
    bool shown = false;
    for (QLabel *l : d.findChildren<QLabel *>(QStringLiteral("validationMessage")))
        shown = shown || (l->text() == expected && l->isVisible());
    QVERIFY(shown);
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QVERIFY(d.isVisible());

    // Pointing it at a good database clears the message.
    field<QLineEdit>(d, "database")->setText(m_fixture);
    QTRY_VERIFY(d.choicesLoaded() && !d.isCounting());
    QCOMPARE(d.errors(), QStringList());
    QVERIFY(d.canAccept());
}

void TestNewExportDialog::dateRangeAndDestination()
{
    NewExportDialog d(settings(), m_fixture);
    WAIT_READY(d);
    QVERIFY(d.canAccept());
    Filter f;
    f.createdFrom = QDate(2025, 2, 1);
    f.createdTo = QDate(2025, 1, 1);
    apply(d, f);
    QCOMPARE(
        d.errors(),
        QStringList { QStringLiteral(
            "The created-from date lies after the created-to date: no definition can match.") });
    QVERIFY(!d.canAccept());
    field<QDateEdit>(d, "createdTo")->setDate(QDate(2025, 12, 31));
    QCOMPARE(d.errors(), QStringList());
    field<QCheckBox>(d, "updatedFromOn")->setChecked(true);
    field<QCheckBox>(d, "updatedToOn")->setChecked(true);
    field<QDateEdit>(d, "updatedFrom")->setDate(QDate(2026, 1, 2));
    field<QDateEdit>(d, "updatedTo")->setDate(QDate(2026, 1, 1));
    QVERIFY(d.errors().join(QString()).contains(QStringLiteral("updated-from date lies after")));
    field<QCheckBox>(d, "updatedFromOn")->setChecked(false);
    WAIT_READY(d);
    QVERIFY(d.canAccept());

    auto *destination = field<QLineEdit>(d, "destination");
    const QString missing = m_dir.filePath(QStringLiteral("nergens"));
    destination->setText(missing);
    QCOMPARE(d.errors(),
             QStringList { QStringLiteral("The destination folder %1 does not exist.")
                               .arg(QDir::toNativeSeparators(missing)) });
    QVERIFY(!d.canAccept());
    destination->setText(m_fixture);
    QVERIFY(d.errors().join(QString()).contains(QStringLiteral("is not a folder")));

    // Unwritable: a read-only folder for an ordinary user; root needs a read-only file system.
    QString unwritable;
    if (geteuid() != 0) {
        unwritable = m_dir.filePath(QStringLiteral("alleen-lezen"));
        QVERIFY(QDir().mkpath(unwritable));
        QVERIFY(QFile::setPermissions(unwritable, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    } else if (QFileInfo(QStringLiteral("/proc/sys")).isDir() && access("/proc/sys", W_OK) != 0) {
        unwritable = QStringLiteral("/proc/sys");
    }
    if (!unwritable.isEmpty()) {
        destination->setText(unwritable);
        QCOMPARE(
            d.errors(),
            QStringList { QStringLiteral("No permission to write in the destination folder %1.")
                              .arg(QDir::toNativeSeparators(unwritable)) });
        QVERIFY(!d.canAccept());
    } else {
        qWarning("running as root without a read-only folder: the unwritable case is not checked");
    }
    destination->setText(m_dir.path());
    QCOMPARE(d.errors(), QStringList());
    QVERIFY(d.canAccept());
}

void TestNewExportDialog::noMatchIsAWarning()
{
    NewExportDialog d(settings(), m_fixture);
    d.setDebounce(0);
    WAIT_READY(d);
    QTest::keyClicks(field<QLineEdit>(d, "search"), QStringLiteral("bestaat-nergens-xyz"));
    WAIT_READY(d);
    QCOMPARE(d.matchingCount(), 0);
    QCOMPARE(d.countText(), QStringLiteral("0 definition(s) match"));
    QCOMPARE(d.warnings(),
             QStringList { QStringLiteral(
                 "No definition matches these filters: the export will hold no definitions.") });
    QCOMPARE(d.errors(), QStringList());
    QVERIFY(d.canAccept());
}

void TestNewExportDialog::requestRoundTrip()
{
    const QString queueDir = m_dir.filePath(QStringLiteral("queue-exports"));
    NewExportDialog d(settings(), m_demo, queueDir);
    WAIT_READY(d);
    Filter f;
    f.statuses = { QStringLiteral("established"), QStringLiteral("archived") };
    f.categories = { QStringLiteral("type") };
    f.org = QStringLiteral("CJIB");
    f.search = QStringLiteral("recht");
    f.createdFrom = QDate(2024, 1, 1);
    f.createdTo = QDate(2026, 6, 30);
    f.minScore = 0.55;
    apply(d, f);
    field<QComboBox>(d, "jurContext")->setCurrentText(QStringLiteral("Strafrecht"));
    field<QCheckBox>(d, "updatedToOn")->setChecked(true);
    field<QDateEdit>(d, "updatedTo")->setDate(QDate(2026, 11, 30));
    field<QComboBox>(d, "level")->setCurrentIndex(2);
    field<QComboBox>(d, "format")->setCurrentIndex(0);
    field<QCheckBox>(d, "gzip")->setChecked(true);
    field<QComboBox>(d, "delimiter")->setCurrentIndex(2);
    field<QCheckBox>(d, "bom")->setChecked(false);
    field<QCheckBox>(d, "allowFormulas")->setChecked(true);
    auto *description = field<QLineEdit>(d, "description");
    description->clear();
    QTest::keyClicks(description, QStringLiteral("Vastgesteld: type/CJIB"));
    const QString folder = m_dir.filePath(QStringLiteral("elders"));
    QVERIFY(QDir().mkpath(folder));
    field<QLineEdit>(d, "destination")->setText(folder);
    WAIT_READY(d);
    QVERIFY2(d.canAccept(), qPrintable(d.errors().join(QLatin1Char('\n'))));

    ExportRequest expected;
    expected.database = QFileInfo(m_demo).absoluteFilePath();
    expected.filters.statuses = f.statuses;
    expected.filters.categories = f.categories;
    expected.filters.organisatorischeContext = QStringLiteral("CJIB");
    expected.filters.juridischeContext = QStringLiteral("Strafrecht");
    expected.filters.createdFrom = f.createdFrom;
    expected.filters.createdTo = f.createdTo;
    expected.filters.updatedTo = QDate(2026, 11, 30);
    expected.filters.minScore = 0.55;
    expected.filters.search = QStringLiteral("recht");
    expected.level = Level::Compleet;
    expected.format = Format::Csv;
    expected.gzip = true;
    expected.csv.delimiter = '\t';
    expected.csv.byteOrderMark = false;
    expected.csv.neutraliseFormulas = false;
    expected.description = QStringLiteral("Vastgesteld: type/CJIB");
    expected.output = QDir(folder).filePath(QStringLiteral("Vastgesteld-type-CJIB.csv.gz"));
    const ExportRequest r = d.request();
    QCOMPARE(r.toJson(), expected.toJson());
    QVERIFY(r == expected);
    QCOMPARE(r.validate(), QString());
    QCOMPARE(ExportRequest::fromJson(r.toJson()).toJson(), r.toJson());
    QCOMPARE(d.filters(), expected.filters);
    QCOMPARE(d.destinationFolder(), folder);

    // The planned name is unique: an existing file and a queued job's output are both avoided.
    QFile existing(expected.output);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    QCOMPARE(d.request().output,
             QDir(folder).filePath(QStringLiteral("Vastgesteld-type-CJIB-2.csv.gz")));
    d.setReservedOutputs(
        { QDir(folder).filePath(QStringLiteral("Vastgesteld-type-CJIB-2.csv.gz")) });
    QCOMPARE(d.request().output,
             QDir(folder).filePath(QStringLiteral("Vastgesteld-type-CJIB-3.csv.gz")));

    // The queue's own folder: the queue plans the name.
    field<QLineEdit>(d, "destination")->setText(queueDir);
    QCOMPARE(d.request().output, QString());
    QVERIFY(d.canAccept()); // the queue creates its folder
    field<QLineEdit>(d, "destination")->clear();
    QCOMPARE(d.request().output, QString());
    QCOMPARE(d.destinationFolder(), queueDir);
}

void TestNewExportDialog::wheelScrollsTheFormNotTheChoices()
{
    NewExportDialog d(settings(), m_fixture);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *level = field<QComboBox>(d, "level");
    const int before = level->currentIndex();
    QVERIFY(!level->hasFocus());
    const QPointF at(level->width() / 2.0, level->height() / 2.0);
    // One notch down while passing over the field: the choice stays.
    QWheelEvent wheel(at, level->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(level, &wheel);
    QCOMPARE(level->currentIndex(), before);
    // Once the user picked the field, the wheel changes it as usual.
    level->setFocus();
    QTRY_VERIFY(level->hasFocus());
    QWheelEvent again(at, level->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(level, &again);
    QVERIFY(level->currentIndex() != before);
}

void TestNewExportDialog::csvOptionsOnlyForCsv()
{
    NewExportDialog d(settings(), m_fixture);
    auto *format = field<QComboBox>(d, "format");
    QCOMPARE(format->currentData().toInt(), int(Format::Xlsx)); // the settings' default
    for (const char *name : { "delimiter", "bom", "allowFormulas" })
        QVERIFY(!field<QWidget>(d, name)->isEnabled());
    format->setCurrentIndex(format->findData(int(Format::Csv)));
    for (const char *name : { "delimiter", "bom", "allowFormulas" })
        QVERIFY(field<QWidget>(d, name)->isEnabled());
    // The default delimiter is a semicolon: the entry does not promise commas.
    QCOMPARE(format->currentText(), QStringLiteral("CSV (values with delimiters)"));
    QCOMPARE(field<QComboBox>(d, "delimiter")->currentData().toString(), QStringLiteral(";"));
}

void TestNewExportDialog::xlsxWithGzipIsExplained()
{
    NewExportDialog d(settings(), m_fixture);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *format = field<QComboBox>(d, "format");
    auto *gzip = field<QCheckBox>(d, "gzip");
    auto *hint = field<QLabel>(d, "gzipHint");
    QCOMPARE(format->currentData().toInt(), int(Format::Xlsx));
    gzip->setChecked(false);
    QVERIFY(!hint->isVisible());
    gzip->setChecked(true);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QLatin1String("Excel")), qPrintable(hint->text()));
    // A hint, not a ban: the request keeps both choices.
    QCOMPARE(d.request().format, Format::Xlsx);
    QVERIFY(d.request().gzip);
    for (Format other : { Format::Csv, Format::Json, Format::Txt }) {
        format->setCurrentIndex(format->findData(int(other)));
        QVERIFY(!hint->isVisible());
    }
    format->setCurrentIndex(format->findData(int(Format::Xlsx)));
    QVERIFY(hint->isVisible());
    gzip->setChecked(false);
    QVERIFY(!hint->isVisible());
    QCOMPARE(field<QComboBox>(d, "level")->count(), 3);
    QVERIFY(field<QComboBox>(d, "level")->itemText(0).contains(QLatin1String("17")));
    QVERIFY(field<QComboBox>(d, "level")->itemText(1).contains(QLatin1String("25")));
    QVERIFY(field<QComboBox>(d, "level")->itemText(2).contains(QLatin1String("36")));
    // The minimum score cannot leave 0..1.
    QCOMPARE(field<QDoubleSpinBox>(d, "minScore")->maximum(), 1.0);
    QCOMPARE(field<QDoubleSpinBox>(d, "minScore")->minimum(), 0.0);
}

void TestNewExportDialog::keyboardAndAccessibility()
{
    NewExportDialog d(settings(), m_fixture);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    WAIT_READY(d);
    QCOMPARE(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(),
             QStringLiteral("&Add to queue"));
    // Every input has an accessible name; every form label has a mnemonic and a buddy.
    QStringList unnamed;
    for (QWidget *w : d.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QListWidget *>(w);
        if (input && w->isVisibleTo(&d) && !qobject_cast<QLineEdit *>(w->parentWidget())
            && !qobject_cast<QComboBox *>(w->parentWidget())
            && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()) && w->accessibleName().isEmpty()
            && !w->objectName().startsWith(QLatin1String("qt_"))
            && !(qobject_cast<QPushButton *>(w)
                 && !qobject_cast<QPushButton *>(w)->text().isEmpty()))
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                    + w->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    int labels = 0;
    for (QFormLayout *form : d.findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (!label || label->text().isEmpty())
                continue;
            ++labels;
            QVERIFY2(label->text().contains(QLatin1Char('&')) && label->buddy(),
                     qPrintable(label->text()));
        }
    }
    QVERIFY(labels >= 10);
    // Alt+S (the status list's mnemonic) reaches the list; Tab goes on to the categories.
    QTest::keyClick(&d, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), field<QWidget>(d, "statuses"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field<QWidget>(d, "categories"));
    // Space checks the current status: the count follows.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    auto *statuses = field<ChoiceList>(d, "statuses");
    statuses->setCurrentRow(2);
    QTest::keyClick(statuses, Qt::Key_Space);
    QCOMPARE(statuses->checkedValues(), QStringList { QStringLiteral("established") });
    WAIT_READY(d);
    QCOMPARE(d.matchingCount(), 1);
}

QTEST_MAIN(TestNewExportDialog)
#include "tst_newexportdialog.moc"
