// The XLSX writer, checked by reading its files back with openpyxl (tests/tools/read_xlsx.py).

#include "FileSink.h"
#include "TestSupport.h"
#include "RowBatch.h"
#include "XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>


using namespace defex;

namespace {

// A sink in memory, like the gzip sink it is not a file.
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
WriteResult writeFile(const QString &path, const ExportHeader &header,
                      const std::vector<const RowBatch *> &batches, int maxRows = 1048576,
                      size_t chunkSize = 0)
{
    WriteResult r;
    FileSink sink;
    if (!sink.open(path)) {
        r.error = sink.errorString();
        return r;
    }
    XlsxWriter writer(sink, maxRows);
    if (chunkSize)
        writer.setChunkSize(chunkSize);
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
    void streamsWhileWriting();
    void packageIsAValidZip();
    void emptyExportHasHeaderOnly();

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

    const WriteResult r = writeFile(path(QStringLiteral("v.xlsx")), h, {&b});
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
    const WriteResult r = writeFile(path(QStringLiteral("h.xlsx")), h, {&b});
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

    const WriteResult r = writeFile(path(QStringLiteral("l.xlsx")), h, {&b});
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
    const WriteResult r = writeFile(path(QStringLiteral("m.xlsx")), h, {&b});
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
        writeFile(path(QStringLiteral("s.xlsx")), h, {&first, &second}, 3);
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
    const WriteResult r = writeFile(path(QStringLiteral("f.xlsx")), h, {&b}, 3);
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
    const WriteResult r = writeFile(path(QStringLiteral("c.xlsx")), h, {&b});
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
        QVERIFY(writeFile(one, h, {&b}).ok);
        QTest::qWait(1100); // a clock in the file would now differ
        QVERIFY(writeFile(two, h, {&b}).ok);
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
    QVERIFY(writeFile(direct, h, {&b}).ok);

    BufferSink sink;
    {
        XlsxWriter writer(sink);
        QVERIFY(writer.begin(h));
        QVERIFY(writer.writeBatch(b));
        QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
    }
    QVERIFY(sink.m_data == fileBytes(direct));
    QVERIFY(sink.m_data.size() > 1024 * 1024); // more than one piece
    QVERIFY(sink.m_writes >= 2);
    // Nothing but the export itself next to it: no temporary files.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("direct.xlsx")});
}

void TestXlsxWriter::streamPathReportsSinkFailure()
{
    BufferSink sink;
    sink.m_failWrites = true;
    XlsxWriter writer(sink);
    QVERIFY(writer.begin(makeHeader(Level::Basis)));
    QVERIFY(!writer.finish());
    QCOMPARE(writer.errorString(), QStringLiteral("simulated write failure"));
    QVERIFY(!writer.finish()); // stays failed
}

// The bytes reach the sink while rows are written (progress moves, memory stays flat), and an
// abandoned writer leaves nothing anywhere: there are no temporary files at all.
void TestXlsxWriter::streamsWhileWriting()
{
    const QString folder = m_dir->path();
    BufferSink sink;
    RowBatch b;
    quint32 seed = 7;
    std::string text;
    {
        XlsxWriter writer(sink);
        writer.setChunkSize(64 * 1024);
        QVERIFY(writer.begin(makeHeader(Level::Basis)));
        for (int batch = 0; batch < 20; ++batch) {
            b.reset();
            for (int i = 1; i <= 100; ++i) {
                b.beginRow(batch * 100 + i);
                text.clear();
                for (int k = 0; k < 500; ++k) {
                    seed = seed * 1664525u + 1013904223u;
                    text.push_back(char('a' + (seed >> 24) % 26));
                }
                addText(b, Column::Definitie, text);
            }
            QVERIFY(writer.writeBatch(b));
        }
        QVERIFY2(sink.m_data.size() > 256 * 1024, qPrintable(QString::number(sink.m_data.size())));
        QVERIFY(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
    QVERIFY(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

// The zip container as any zip reader sees it: every entry inflates to its CRC, the parts are
// the ones Excel expects, in a fixed order. Small compression pieces put many chunk boundaries
// into the sheets.
void TestXlsxWriter::packageIsAValidZip()
{
    const ExportHeader h = makeHeader(Level::Compleet);
    RowBatch b;
    b.reset();
    for (int i = 1; i <= 700; ++i) {
        b.beginRow(i);
        addTyped(b, Column::Id, CellType::Integer, std::to_string(i));
        addText(b, Column::Begrip, "begrip & <" + std::to_string(i) + ">");
        addText(b, Column::Definitie, std::string(size_t(i % 97) * 13, 'd') + "\r\n\x01");
    }
    const QString file = path(QStringLiteral("z.xlsx"));
    const WriteResult r = writeFile(file, h, {&b}, 300, 4096);
    QVERIFY2(r.ok, qPrintable(r.error));

    const TestSupport::ProcessResult check = TestSupport::run(
        QStringLiteral("/usr/bin/python3"), {QStringLiteral(DEFEX_TOOLS "/check_zip.py"), file});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QStringList names;
    for (const QJsonValue &e : QJsonDocument::fromJson(check.out).object().value(QLatin1String("entries")).toArray())
        names << e.toObject().value(QLatin1String("name")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("_rels/.rels"), QStringLiteral("docProps/core.xml"),
                                 QStringLiteral("xl/styles.xml"), QStringLiteral("xl/worksheets/sheet1.xml"),
                                 QStringLiteral("xl/worksheets/sheet2.xml"), QStringLiteral("xl/worksheets/sheet3.xml"),
                                 QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/_rels/workbook.xml.rels"),
                                 QStringLiteral("docProps/app.xml"), QStringLiteral("[Content_Types].xml")}));
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (!unzip.isEmpty()) {
        const TestSupport::ProcessResult t = TestSupport::run(unzip, {QStringLiteral("-tq"), file});
        QVERIFY2(t.exitCode == 0, QByteArray(t.out + t.err).constData());
    }

    // Excel keeps each sheet's autofilter in a hidden defined name; the sheet names with
    // spaces are quoted in it.
    const TestSupport::ProcessResult wb = TestSupport::run(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('xl/workbook.xml').decode())"),
         file});
    QVERIFY2(wb.out.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">"
                             "Definities!$A$1:$AJ$300</definedName>"),
             wb.out.constData());
    QVERIFY2(wb.out.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"2\" hidden=\"1\">"
                             "'Definities (3)'!$A$1:$AJ$103</definedName>"),
             wb.out.constData());

    const QJsonObject doc = readXlsx(file);
    QCOMPARE(sheets(doc).size(), 3);
    QCOMPARE(rowsOf(doc, 2).size(), 103); // 700 rows = 299 + 299 + 102, plus the headers
    QCOMPARE(cellAt(doc, 2, 102, columnIndex(h, Column::Begrip)).value(QLatin1String("v")).toString(),
             QStringLiteral("begrip & <700>"));
    QCOMPARE(cellAt(doc, 1, 1, columnIndex(h, Column::Definitie)).value(QLatin1String("v")).toString(),
             QString::fromStdString(std::string(size_t(300 % 97) * 13, 'd') + "\r\n\x01"));
}

// No rows at all: one sheet with the bold header, frozen and filtered.
void TestXlsxWriter::emptyExportHasHeaderOnly()
{
    const ExportHeader h = makeHeader(Level::Basis);
    const WriteResult r = writeFile(path(QStringLiteral("e.xlsx")), h, {});
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject doc = readXlsx(path(QStringLiteral("e.xlsx")));
    QCOMPARE(sheets(doc).size(), 1);
    const QJsonObject sheet = sheets(doc).at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("rows")).toArray().size(), 1);
    QCOMPARE(sheet.value(QLatin1String("frozen")).toString(), QStringLiteral("A2"));
    QCOMPARE(sheet.value(QLatin1String("autofilter")).toString(), QStringLiteral("A1:Q1"));
    QVERIFY(sheet.value(QLatin1String("header_bold")).toBool());
}

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
