// CsvWriter: RFC 4180 quoting, delimiters, byte-order mark and formula neutralising.

#include "CsvWriter.h"
#include "MemorySink.h"

#include <QTest>

using namespace defex;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void rowsAndHeader();
    void delimiterAndBom();
    void numbersAreNotNeutralised();
    void sinkFailureIsReported();
};

void TestCsvWriter::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("verdachte") << ';' << true << QStringLiteral("verdachte");
    QTest::newRow("empty") << QString() << ';' << true << QString();
    QTest::newRow("delimiter") << QStringLiteral("a;b") << ';' << true << QStringLiteral("\"a;b\"");
    QTest::newRow("comma with ;") << QStringLiteral("a,b") << ';' << true << QStringLiteral("a,b");
    QTest::newRow("comma with ,") << QStringLiteral("a,b") << ',' << true << QStringLiteral("\"a,b\"");
    QTest::newRow("tab with tab") << QStringLiteral("a\tb") << '\t' << true << QStringLiteral("\"a\tb\"");
    QTest::newRow("quotes") << QStringLiteral("het \"aanhouden\"") << ';' << true
                            << QStringLiteral("\"het \"\"aanhouden\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << ';' << true << QStringLiteral("\"a\nb\"");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << ';' << true << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("accents") << QStringLiteral("café één") << ';' << true << QStringLiteral("café één");
    QTest::newRow("=formula") << QStringLiteral("=SUM(A1)") << ';' << true << QStringLiteral("'=SUM(A1)");
    QTest::newRow("+formula") << QStringLiteral("+31") << ';' << true << QStringLiteral("'+31");
    QTest::newRow("-formula") << QStringLiteral("- bullet") << ';' << true << QStringLiteral("'- bullet");
    QTest::newRow("@formula") << QStringLiteral("@cmd") << ';' << true << QStringLiteral("'@cmd");
    QTest::newRow("tab start") << QStringLiteral("\tx") << ';' << true << QStringLiteral("'\tx");
    QTest::newRow("cr start quoted") << QStringLiteral("\rx") << ';' << true << QStringLiteral("\"'\rx\"");
    QTest::newRow("formula needing quotes") << QStringLiteral("=A1;B1") << ';' << true
                                            << QStringLiteral("\"'=A1;B1\"");
    QTest::newRow("= inside is fine") << QStringLiteral("a=b") << ';' << true << QStringLiteral("a=b");
    QTest::newRow("allow formulas") << QStringLiteral("=SUM(A1)") << ';' << false << QStringLiteral("=SUM(A1)");
}

void TestCsvWriter::field()
{
    QFETCH(QString, value);
    QFETCH(char, delimiter);
    QFETCH(bool, neutralise);
    QFETCH(QString, expected);
    MemorySink sink;
    CsvOptions options;
    options.delimiter = delimiter;
    options.neutraliseFormulas = neutralise;
    CsvWriter writer(sink, options);
    const QByteArray utf8 = value.toUtf8();
    writer.appendField(std::string_view(utf8.constData(), size_t(utf8.size())), true);
    QVERIFY(writer.finish());
    QCOMPARE(sink.text(), expected);
}

static void addRow(RowBatch &b, qint64 id, const char *begrip, const char *definitie)
{
    b.beginRow(id);
    const std::string idText = std::to_string(id);
    b.setCell(Column::Id, CellType::Integer, idText.data(), idText.size());
    b.setCell(Column::Begrip, CellType::Text, begrip, strlen(begrip));
    b.setCell(Column::Definitie, CellType::Text, definitie, strlen(definitie));
}

void TestCsvWriter::rowsAndHeader()
{
    MemorySink sink;
    CsvWriter writer(sink, CsvOptions{});
    ExportHeader header;
    header.columns = {Column::Id, Column::Begrip, Column::Definitie, Column::Synoniemen};
    QVERIFY(writer.begin(header));
    RowBatch batch;
    addRow(batch, 7, "verdachte", "Persoon; met \"redelijk vermoeden\".\nTweede regel.");
    batch.addExample(0, ExampleType::Synonyms, "beschuldigde", 12);
    batch.addExample(0, ExampleType::Synonyms, "verdacht persoon", 16);
    addRow(batch, 9, "getuige", "Iemand die iets zag.");
    QVERIFY(writer.writeBatch(batch));
    QVERIFY(writer.finish());
    // The byte-order mark is checked as bytes: QString::fromUtf8 would hide it.
    QCOMPARE(sink.data().substr(0, 3), std::string("\xEF\xBB\xBF"));
    QCOMPARE(sink.text(),
             QStringLiteral("id;begrip;definitie;synoniemen\r\n"
                            "7;verdachte;\"Persoon; met \"\"redelijk vermoeden\"\".\nTweede regel.\";"
                            "beschuldigde, verdacht persoon\r\n"
                            "9;getuige;Iemand die iets zag.;\r\n"));
}

void TestCsvWriter::delimiterAndBom()
{
    MemorySink sink;
    CsvOptions options;
    options.delimiter = ',';
    options.byteOrderMark = false;
    CsvWriter writer(sink, options);
    ExportHeader header;
    header.columns = {Column::Begrip, Column::Definitie};
    QVERIFY(writer.begin(header));
    RowBatch batch;
    addRow(batch, 1, "a, b", "c;d");
    QVERIFY(writer.writeBatch(batch));
    QVERIFY(writer.finish());
    QCOMPARE(sink.data(), std::string("begrip,definitie\r\n\"a, b\",c;d\r\n"));
}

void TestCsvWriter::numbersAreNotNeutralised()
{
    MemorySink sink;
    CsvWriter writer(sink, CsvOptions{});
    ExportHeader header;
    header.columns = {Column::ValidationScore, Column::Begrip};
    QVERIFY(writer.begin(header));
    RowBatch batch;
    addRow(batch, 1, "-x", "");
    batch.setCell(Column::ValidationScore, CellType::Real, "-0.5", 4);
    QVERIFY(writer.writeBatch(batch));
    QVERIFY(writer.finish());
    QVERIFY(sink.text().endsWith(QStringLiteral("\r\n-0.5;'-x\r\n")));
}

void TestCsvWriter::sinkFailureIsReported()
{
    MemorySink sink;
    sink.failAfter(10);
    CsvWriter writer(sink, CsvOptions{});
    ExportHeader header;
    header.columns = {Column::Begrip};
    QVERIFY(writer.begin(header)); // still buffered
    QVERIFY(!writer.finish());
    QCOMPARE(writer.errorString(), QStringLiteral("memory sink full"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
