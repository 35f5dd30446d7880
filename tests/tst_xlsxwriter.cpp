// The XLSX writer, checked by reading its files back with openpyxl (tests/tools/read_xlsx.py).

#include "FileSink.h"
#include "RowBatch.h"
#include "XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>


using namespace defex;

namespace {

// The stream path: a sink that cannot take the file directly, like the gzip sink.
class BufferSink final : public Sink
{
public:
    bool write(const char *data, size_t len) override
    {
        if (m_failWrites) {
            m_error = QStringLiteral("simulated write failure");
            return false;
        }
        m_data.append(data, qsizetype(len));
        ++m_writes;
        return true;
    }
    bool finish() override { return true; }
    quint64 bytesWritten() const override { return quint64(m_data.size()); }
    QString errorString() const override { return m_error; }

    QByteArray m_data;
    int m_writes = 0;
    bool m_failWrites = false;
    QString m_error;
};

// A sink that names a file libxlsxwriter should write, without creating it.
class PathSink final : public Sink
{
public:
    explicit PathSink(const QString &path) : m_path(path) {}
    bool write(const char *, size_t) override { return false; }
    bool finish() override { return true; }
    quint64 bytesWritten() const override { return 0; }
    QString errorString() const override { return QStringLiteral("unexpected write"); }
    QString directPath() const override { return m_path; }

private:
    QString m_path;
};

void addText(RowBatch &b, Column c, const std::string &s)
{
    b.setCell(c, CellType::Text, s.data(), s.size());
}

void addTyped(RowBatch &b, Column c, CellType t, const std::string &s)
{
    b.setCell(c, t, s.data(), s.size());
}

void addExample(RowBatch &b, ExampleType t, const std::string &s)
{
    b.addExample(b.rowCount() - 1, t, s.data(), s.size());
}

ExportHeader makeHeader(Level level)
{
    ExportHeader h;
    h.level = level;
    h.columns = columnsFor(level);
    h.timestamp = QDateTime(QDate(2026, 1, 15), QTime(10, 30, 0), Qt::UTC);
    return h;
}

struct WriteResult
{
    bool ok = false;
    QString error;
    QStringList warnings;
};

// Writes `batches` through a FileSink to `path`, the way the exporter does.
WriteResult writeFile(const QString &path, const QString &tempDir, const ExportHeader &header,
                      const std::vector<const RowBatch *> &batches, int maxRows = 1048576)
{
    WriteResult r;
    FileSink sink;
    if (!sink.open(path)) {
        r.error = sink.errorString();
        return r;
    }
    XlsxWriter writer(sink, tempDir, maxRows);
    r.ok = writer.begin(header);
    for (const RowBatch *b : batches)
        r.ok = r.ok && writer.writeBatch(*b);
    r.ok = r.ok && writer.finish();
    r.error = writer.errorString();
    r.warnings = writer.warnings();
    if (r.ok && (!sink.finish() || !sink.commit())) {
        r.ok = false;
        r.error = sink.errorString();
    }
    return r;
}

QJsonObject readXlsx(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(DEFEX_TOOLS "/read_xlsx.py"), path});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("read_xlsx.py failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonArray sheets(const QJsonObject &doc)
{
    return doc.value(QLatin1String("sheets")).toArray();
}

QJsonArray rowsOf(const QJsonObject &doc, int sheet)
{
    return sheets(doc).at(sheet).toObject().value(QLatin1String("rows")).toArray();
}

QJsonObject cellAt(const QJsonObject &doc, int sheet, int row, int col)
{
    return rowsOf(doc, sheet).at(row).toArray().at(col).toObject();
}

int columnIndex(const ExportHeader &h, Column c)
{
    for (size_t i = 0; i < h.columns.size(); ++i) {
        if (h.columns[i] == c)
            return int(i);
    }
    return -1;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void valuesAndTypes();
    void headerLayout();
    void longTextIsCut();
    void manyCutTextsListAtMostTwentyIds();
    void rowsContinueOnNewSheets();
    void fullSheetAddsNoEmptySheet();
    void controlCharactersStayValid();
    void sameInputGivesSameBytes();
    void streamPathMatchesDirectFile();
    void streamPathReportsSinkFailure();
    void abandonedWriterLeavesNoTempFiles();
    void unwritableTempDirFails_data();
    void unwritableTempDirFails();
    void unwritableOutputFails();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestXlsxWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestXlsxWriter::valuesAndTypes()
{
    const ExportHeader h = makeHeader(Level::Compleet);
    RowBatch b;
    b.reset();
    b.beginRow(1);
    addTyped(b, Column::Id, CellType::Integer, "1");
    addText(b, Column::Begrip, "=SUM(A1:A2)");
    addText(b, Column::Definitie, "Een definitie\nover twee regels");
    addText(b, Column::OrganisatorischeContext, R"(["OM","DJI"])");
    addText(b, Column::JuridischeContext, "plain legacy string");
    addTyped(b, Column::VersionNumber, CellType::Integer, "3");
    addTyped(b, Column::ValidationScore, CellType::Real, "0.85");
    addText(b, Column::SourceReference, "00123");
    addTyped(b, Column::ImportedFrom, CellType::Integer, "not a number");
    addTyped(b, Column::ApprovedBy, CellType::Integer, "123456789012345678"); // beyond 2^53
    addExample(b, ExampleType::Sentence, "Eerste zin.");
    addExample(b, ExampleType::Sentence, "Tweede zin.");
    addExample(b, ExampleType::Synonyms, "term");
    addExample(b, ExampleType::Synonyms, "begrip");
    addExample(b, ExampleType::Practical, "42");
    b.beginRow(2);
    addTyped(b, Column::Id, CellType::Integer, "2");
    addText(b, Column::Begrip, "tweede");
    addTyped(b, Column::ValidationScore, CellType::Real, "-1.5e3");

    const WriteResult r = writeFile(path(QStringLiteral("v.xlsx")), m_dir->path(), h, {&b});
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.warnings.isEmpty());

    const QJsonObject doc = readXlsx(path(QStringLiteral("v.xlsx")));
    QCOMPARE(sheets(doc).size(), 1);
    QCOMPARE(rowsOf(doc, 0).size(), 3);
    auto cell = [&](int row, Column c) { return cellAt(doc, 0, row, columnIndex(h, c)); };
    auto v = [&](int row, Column c) { return cell(row, c).value(QLatin1String("v")); };
    auto t = [&](int row, Column c) { return cell(row, c).value(QLatin1String("t")).toString(); };

    QCOMPARE(t(1, Column::Id), QStringLiteral("n"));
    QCOMPARE(v(1, Column::Id).toDouble(), 1.0);
    QCOMPARE(t(1, Column::Begrip), QStringLiteral("s")); // never a formula ("f")
    QCOMPARE(v(1, Column::Begrip).toString(), QStringLiteral("=SUM(A1:A2)"));
    QCOMPARE(v(1, Column::Definitie).toString(), QStringLiteral("Een definitie\nover twee regels"));
    QCOMPARE(v(1, Column::OrganisatorischeContext).toString(), QStringLiteral("OM, DJI"));
    QCOMPARE(v(1, Column::JuridischeContext).toString(), QStringLiteral("plain legacy string"));
    QCOMPARE(t(1, Column::VersionNumber), QStringLiteral("n"));
    QCOMPARE(v(1, Column::VersionNumber).toDouble(), 3.0);
    QCOMPARE(t(1, Column::ValidationScore), QStringLiteral("n"));
    QCOMPARE(v(1, Column::ValidationScore).toDouble(), 0.85);
    QCOMPARE(t(1, Column::SourceReference), QStringLiteral("s"));
    QCOMPARE(v(1, Column::SourceReference).toString(), QStringLiteral("00123"));
    QCOMPARE(t(1, Column::ImportedFrom), QStringLiteral("s"));
    QCOMPARE(v(1, Column::ImportedFrom).toString(), QStringLiteral("not a number"));
    QCOMPARE(t(1, Column::ApprovedBy), QStringLiteral("s"));
    QCOMPARE(v(1, Column::ApprovedBy).toString(), QStringLiteral("123456789012345678"));
    QVERIFY(v(1, Column::PreviousVersionId).isNull());
    QCOMPARE(v(1, Column::VoorbeeldZinnen).toString(), QStringLiteral("Eerste zin.; Tweede zin."));
    QCOMPARE(v(1, Column::Synoniemen).toString(), QStringLiteral("term, begrip"));
    // Example columns are always text, even when an example looks like a number.
    QCOMPARE(t(1, Column::Praktijkvoorbeelden), QStringLiteral("s"));
    QCOMPARE(v(1, Column::Praktijkvoorbeelden).toString(), QStringLiteral("42"));
    QVERIFY(v(1, Column::Antoniemen).isNull());

    QCOMPARE(v(2, Column::Id).toDouble(), 2.0);
    QCOMPARE(v(2, Column::ValidationScore).toDouble(), -1500.0);
    QVERIFY(v(2, Column::Definitie).isNull());
}

void TestXlsxWriter::headerLayout()
{
    const ExportHeader h = makeHeader(Level::Basis);
    RowBatch b;
    b.reset();
    b.beginRow(5);
    addText(b, Column::Begrip, "begrip");
    const WriteResult r = writeFile(path(QStringLiteral("h.xlsx")), m_dir->path(), h, {&b});
    QVERIFY2(r.ok, qPrintable(r.error));

    const QJsonObject doc = readXlsx(path(QStringLiteral("h.xlsx")));
    QCOMPARE(doc.value(QLatin1String("title")).toString(), QStringLiteral("Definities"));
    QCOMPARE(doc.value(QLatin1String("created")).toString(), QStringLiteral("2026-01-15T10:30:00"));
    const QJsonObject sheet = sheets(doc).at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("name")).toString(), QStringLiteral("Definities"));
    QCOMPARE(sheet.value(QLatin1String("frozen")).toString(), QStringLiteral("A2"));
    QCOMPARE(sheet.value(QLatin1String("autofilter")).toString(), QStringLiteral("A1:Q2"));
    QVERIFY(sheet.value(QLatin1String("header_bold")).toBool());
    const QJsonArray header = rowsOf(doc, 0).at(0).toArray();
    QCOMPARE(header.size(), 17);
    for (int i = 0; i < header.size(); ++i) {
        QCOMPARE(header.at(i).toObject().value(QLatin1String("v")).toString(),
                 QString::fromLatin1(columnInfo(h.columns[size_t(i)]).name));
    }
}

void TestXlsxWriter::longTextIsCut()
{
    const ExportHeader h = makeHeader(Level::Basis);
    const std::string longAscii(40000, 'a');
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, two UTF-16 units
    std::string emojis;
    for (int i = 0; i < 20000; ++i)
        emojis += "\xF0\x9F\x98\x80";
    const std::string exact(32767, 'e');

    RowBatch b;
    b.reset();
    b.beginRow(7);
    addText(b, Column::Definitie, longAscii);
    b.beginRow(8);
    addText(b, Column::Definitie, exact); // exactly at the limit: kept whole, no warning
    b.beginRow(9);
    addText(b, Column::Begrip, "emoji");
    addExample(b, ExampleType::Explanation, emojis);

    const WriteResult r = writeFile(path(QStringLiteral("l.xlsx")), m_dir->path(), h, {&b});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.at(0).startsWith(QStringLiteral("2 texts were longer")),
             qPrintable(r.warnings.at(0)));
    QVERIFY2(r.warnings.at(0).contains(QStringLiteral("32,767")), qPrintable(r.warnings.at(0)));
    QVERIFY2(r.warnings.at(0).endsWith(QStringLiteral("(definition ids 7, 9).")),
             qPrintable(r.warnings.at(0)));

    const QJsonObject doc = readXlsx(path(QStringLiteral("l.xlsx")));
    const int def = columnIndex(h, Column::Definitie);
    const int expl = columnIndex(h, Column::Toelichting);
    const QString cut = cellAt(doc, 0, 1, def).value(QLatin1String("v")).toString();
    QCOMPARE(cut.size(), 32767);
    QCOMPARE(cut, QString(32767, QLatin1Char('a')));
    QCOMPARE(cellAt(doc, 0, 2, def).value(QLatin1String("v")).toString().size(), 32767);
    const QString cutEmoji = cellAt(doc, 0, 3, expl).value(QLatin1String("v")).toString();
    QCOMPARE(cutEmoji.size(), 32766); // 32,767 would split the last pair
    QCOMPARE(cutEmoji, emoji.repeated(16383));
}

void TestXlsxWriter::manyCutTextsListAtMostTwentyIds()
{
    const ExportHeader h = makeHeader(Level::Basis);
    const std::string tooLong(33000, 'x');
    RowBatch b;
    b.reset();
    for (int id = 1; id <= 25; ++id) {
        b.beginRow(id * 10);
        addText(b, Column::Definitie, tooLong);
        if (id == 1)
            addText(b, Column::Begrip, tooLong); // two cut texts, one id
    }
    const WriteResult r = writeFile(path(QStringLiteral("m.xlsx")), m_dir->path(), h, {&b});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.warnings.size(), 1);
    const QString w = r.warnings.at(0);
    QVERIFY2(w.startsWith(QStringLiteral("26 texts were longer")), qPrintable(w));
    QVERIFY2(w.contains(QStringLiteral("(definition ids 10, 20, 30,")), qPrintable(w));
    QVERIFY2(w.contains(QStringLiteral(", 200, …).")), qPrintable(w));
    QVERIFY2(!w.contains(QStringLiteral("210")), qPrintable(w));
}

void TestXlsxWriter::rowsContinueOnNewSheets()
{
    const ExportHeader h = makeHeader(Level::Basis);
    RowBatch first;
    RowBatch second;
    first.reset();
    second.reset();
    for (int i = 1; i <= 7; ++i) {
        RowBatch &b = i <= 4 ? first : second;
        b.beginRow(i);
        addText(b, Column::Begrip, "term " + std::to_string(i));
        addTyped(b, Column::ValidationScore, CellType::Real, std::to_string(i) + ".5");
    }
    const WriteResult r =
        writeFile(path(QStringLiteral("s.xlsx")), m_dir->path(), h, {&first, &second}, 3);
    QVERIFY2(r.ok, qPrintable(r.error));

    const QJsonObject doc = readXlsx(path(QStringLiteral("s.xlsx")));
    const QJsonArray all = sheets(doc);
    QCOMPARE(all.size(), 4);
    const QStringList names = {QStringLiteral("Definities"), QStringLiteral("Definities (2)"),
                               QStringLiteral("Definities (3)"), QStringLiteral("Definities (4)")};
    const QJsonArray expectedHeader = rowsOf(doc, 0).at(0).toArray();
    int next = 1;
    for (int s = 0; s < all.size(); ++s) {
        const QJsonObject sheet = all.at(s).toObject();
        const QJsonArray rows = sheet.value(QLatin1String("rows")).toArray();
        QCOMPARE(sheet.value(QLatin1String("name")).toString(), names.at(s));
        QCOMPARE(sheet.value(QLatin1String("frozen")).toString(), QStringLiteral("A2"));
        QVERIFY(sheet.value(QLatin1String("header_bold")).toBool());
        QCOMPARE(sheet.value(QLatin1String("autofilter")).toString(),
                 QStringLiteral("A1:Q%1").arg(rows.size()));
        QCOMPARE(rows.at(0).toArray(), expectedHeader);
        QVERIFY(rows.size() <= 3);
        for (int row = 1; row < rows.size(); ++row, ++next) {
            const QJsonArray cells = rows.at(row).toArray();
            QCOMPARE(cells.at(0).toObject().value(QLatin1String("v")).toString(),
                     QStringLiteral("term %1").arg(next));
            QCOMPARE(cells.at(columnIndex(h, Column::ValidationScore))
                         .toObject().value(QLatin1String("v")).toDouble(),
                     next + 0.5);
        }
    }
    QCOMPARE(next, 8); // every row exactly once, in order
}

void TestXlsxWriter::fullSheetAddsNoEmptySheet()
{
    const ExportHeader h = makeHeader(Level::Basis);
    RowBatch b;
    b.reset();
    for (int i = 1; i <= 4; ++i) {
        b.beginRow(i);
        addText(b, Column::Begrip, "t" + std::to_string(i));
    }
    const WriteResult r = writeFile(path(QStringLiteral("f.xlsx")), m_dir->path(), h, {&b}, 3);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject doc = readXlsx(path(QStringLiteral("f.xlsx")));
    QCOMPARE(sheets(doc).size(), 2);
    QCOMPARE(rowsOf(doc, 1).size(), 3);
    QCOMPARE(cellAt(doc, 1, 2, 0).value(QLatin1String("v")).toString(), QStringLiteral("t4"));
}

void TestXlsxWriter::controlCharactersStayValid()
{
    const ExportHeader h = makeHeader(Level::Basis);
    // Every C0 control, line breaks, a literal "_x0041_" that Excel would otherwise decode, and
    // U+FFFF, which XML 1.0 forbids raw.
    std::string controls;
    for (char ch = 1; ch < 0x20; ++ch)
        controls.push_back(ch);
    const std::string mixed = "a\tb\nc\r\nd _x0041_ e \xEF\xBF\xBF f \xEF\xBF\xBE _X00e9_";
    RowBatch b;
    b.reset();
    b.beginRow(1);
    addText(b, Column::Begrip, controls);
    addText(b, Column::Definitie, mixed);
    addText(b, Column::Categorie, "  leading and trailing spaces  ");
    const WriteResult r = writeFile(path(QStringLiteral("c.xlsx")), m_dir->path(), h, {&b});
    QVERIFY2(r.ok, qPrintable(r.error));

    const QJsonObject doc = readXlsx(path(QStringLiteral("c.xlsx"))); // fails on invalid XML
    QVERIFY(!doc.isEmpty());
    QCOMPARE(cellAt(doc, 0, 1, 0).value(QLatin1String("v")).toString(),
             QString::fromStdString(controls));
    QCOMPARE(cellAt(doc, 0, 1, 1).value(QLatin1String("v")).toString(),
             QString::fromStdString(mixed));
    QCOMPARE(cellAt(doc, 0, 1, 2).value(QLatin1String("v")).toString(),
             QStringLiteral("  leading and trailing spaces  "));
}

void TestXlsxWriter::sameInputGivesSameBytes()
{
    ExportHeader h = makeHeader(Level::Uitgebreid);
    RowBatch b;
    b.reset();
    for (int i = 1; i <= 50; ++i) {
        b.beginRow(i);
        addText(b, Column::Begrip, "begrip " + std::to_string(i));
        addText(b, Column::Definitie, "Definitie " + std::string(size_t(i) * 10, 'd'));
        addTyped(b, Column::ValidationScore, CellType::Real, "0.5");
    }
    for (bool validTime : {true, false}) {
        if (!validTime)
            h.timestamp = QDateTime();
        const QString one = path(QStringLiteral("d1-%1.xlsx").arg(validTime));
        const QString two = path(QStringLiteral("d2-%1.xlsx").arg(validTime));
        QVERIFY(writeFile(one, m_dir->path(), h, {&b}).ok);
        QTest::qWait(1100); // a clock in the file would now differ
        QVERIFY(writeFile(two, m_dir->path(), h, {&b}).ok);
        const QByteArray a = fileBytes(one);
        QVERIFY(a.size() > 1000);
        QVERIFY(a == fileBytes(two));
    }
}

void TestXlsxWriter::streamPathMatchesDirectFile()
{
    const ExportHeader h = makeHeader(Level::Compleet);
    RowBatch b;
    b.reset();
    // Pseudo-random letters, so that the compressed workbook still spans several 1 MB pieces.
    quint32 seed = 12345;
    std::string text;
    for (int i = 1; i <= 3000; ++i) {
        b.beginRow(i);
        addTyped(b, Column::Id, CellType::Integer, std::to_string(i));
        text.clear();
        for (int k = 0; k < 800; ++k) {
            seed = seed * 1664525u + 1013904223u;
            text.push_back(char('a' + (seed >> 24) % 26));
        }
        addText(b, Column::Definitie, text);
    }
    const QString direct = path(QStringLiteral("direct.xlsx"));
    QVERIFY(writeFile(direct, m_dir->path(), h, {&b}).ok);

    QTemporaryDir work;
    BufferSink sink;
    {
        XlsxWriter writer(sink, work.path());
        QVERIFY(writer.begin(h));
        QVERIFY(writer.writeBatch(b));
        QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
    }
    QVERIFY(sink.m_data == fileBytes(direct));
    QVERIFY(sink.m_data.size() > 1024 * 1024); // more than one piece
    QVERIFY(sink.m_writes >= 2);
    QVERIFY(QDir(work.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
}

void TestXlsxWriter::streamPathReportsSinkFailure()
{
    QTemporaryDir work;
    BufferSink sink;
    sink.m_failWrites = true;
    XlsxWriter writer(sink, work.path());
    QVERIFY(writer.begin(makeHeader(Level::Basis)));
    QVERIFY(!writer.finish());
    QCOMPARE(writer.errorString(), QStringLiteral("simulated write failure"));
    QVERIFY(QDir(work.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
}

void TestXlsxWriter::abandonedWriterLeavesNoTempFiles()
{
    QTemporaryDir work;
    BufferSink sink;
    RowBatch b;
    b.reset();
    b.beginRow(1);
    addText(b, Column::Begrip, "x");
    {
        XlsxWriter writer(sink, work.path());
        QVERIFY(writer.begin(makeHeader(Level::Basis)));
        QVERIFY(writer.writeBatch(b));
        QCOMPARE(QDir(work.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
                 1); // the workbook's own temporary file, 0600
        const QString tmp = QDir(work.path()).entryInfoList(QDir::Files | QDir::Hidden).at(0)
                                .absoluteFilePath();
        const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup
            | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(tmp) & others, QFileDevice::Permissions());
    }
    QVERIFY(sink.m_data.isEmpty());
    QVERIFY(QDir(work.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
}

void TestXlsxWriter::unwritableTempDirFails_data()
{
    QTest::addColumn<bool>("direct");
    QTest::newRow("direct file") << true;
    QTest::newRow("stream (gzip)") << false;
}

void TestXlsxWriter::unwritableTempDirFails()
{
    QFETCH(bool, direct);
    // Runs as root in CI, where permission bits do not stop writes: a missing folder does.
    const QString missing = path(QStringLiteral("missing/dir"));
    PathSink fileSink(path(QStringLiteral("t.xlsx")));
    BufferSink bufferSink;
    Sink &sink = direct ? static_cast<Sink &>(fileSink) : bufferSink;
    XlsxWriter writer(sink, missing);
    RowBatch b;
    b.reset();
    b.beginRow(1);
    addText(b, Column::Begrip, "x");
    const bool ok = writer.begin(makeHeader(Level::Basis)) && writer.writeBatch(b)
        && writer.finish();
    QVERIFY(!ok);
    QVERIFY2(writer.errorString().contains(missing), qPrintable(writer.errorString()));
    QVERIFY(!QFile::exists(path(QStringLiteral("t.xlsx"))));
}

void TestXlsxWriter::unwritableOutputFails()
{
    PathSink sink(path(QStringLiteral("no/such/folder/out.xlsx")));
    XlsxWriter writer(sink, m_dir->path());
    QVERIFY(writer.begin(makeHeader(Level::Basis)));
    QVERIFY(!writer.finish());
    QVERIFY2(writer.errorString().startsWith(QStringLiteral("Could not write the XLSX file: ")),
             qPrintable(writer.errorString()));
    QVERIFY(!writer.finish()); // stays failed
}

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
