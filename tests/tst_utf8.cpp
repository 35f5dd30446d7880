// UTF-8 repair, UTF-16 lengths and truncation, and the JSON-array display of context columns.

#include "RowBatch.h"
#include "Utf8.h"

#include <QTest>

using namespace defex;

class TestUtf8 final : public QObject
{
    Q_OBJECT

private slots:
    void clean_data();
    void clean();
    void repair_data();
    void repair();
    void utf16Length();
    void truncate();
    void joinedArrays_data();
    void joinedArrays();
};

void TestUtf8::clean_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("clean");
    QTest::newRow("ascii") << QByteArray("plain text, long enough for the word loop") << true;
    QTest::newRow("accents") << QByteArray("caf\xC3\xA9 na\xC3\xAF" "ef") << true;
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x93\x9C scroll") << true;
    QTest::newRow("nul") << QByteArray("ab\0cd", 5) << false;
    QTest::newRow("nul after 8 bytes") << QByteArray("abcdefghij\0k", 12) << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << false;
    QTest::newRow("truncated sequence") << QByteArray("abc\xC3") << false;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("latin-1") << QByteArray("caf\xE9") << false;
}

void TestUtf8::clean()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, clean);
    QCOMPARE(isCleanUtf8(std::string_view(bytes.constData(), size_t(bytes.size()))), clean);
}

void TestUtf8::repair_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QString r(QChar(0xFFFD));
    QTest::newRow("valid stays") << QByteArray("na\xC3\xAF" "ef") << QStringLiteral("naïef");
    QTest::newRow("nul") << QByteArray("ab\0cd", 5) << (QStringLiteral("ab") + r + QStringLiteral("cd"));
    QTest::newRow("latin-1 byte") << QByteArray("caf\xE9!") << (QStringLiteral("caf") + r + QStringLiteral("!"));
    QTest::newRow("cut sequence at end") << QByteArray("x\xE2\x82") << (QStringLiteral("x") + r);
    QTest::newRow("stray continuations") << QByteArray("a\x80\x80z") << (QStringLiteral("a") + r + QStringLiteral("z"));
}

void TestUtf8::repair()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    std::string out;
    appendRepairedUtf8(std::string_view(bytes.constData(), size_t(bytes.size())), out);
    QVERIFY(isCleanUtf8(out));
    QCOMPARE(QString::fromUtf8(out.data(), qsizetype(out.size())), expected);
}

void TestUtf8::utf16Length()
{
    const QString s = QStringLiteral("a\u00e9\u20ac") + QString::fromUcs4(U"\U0001F4DC");
    const QByteArray u = s.toUtf8();
    QCOMPARE(defex::utf16Length(std::string_view(u.constData(), size_t(u.size()))), size_t(s.size()));
}

void TestUtf8::truncate()
{
    // Four emoji are eight UTF-16 units; a limit of 7 must keep three, never half of one.
    const QString emoji = QString::fromUcs4(U"\U0001F600\U0001F601\U0001F602\U0001F603");
    const QByteArray u = emoji.toUtf8();
    const std::string_view cut = truncateUtf16(std::string_view(u.constData(), size_t(u.size())), 7);
    QVERIFY(isCleanUtf8(cut));
    QCOMPARE(QString::fromUtf8(cut.data(), qsizetype(cut.size())), emoji.left(6));
    const QByteArray ascii(40000, 'x');
    QCOMPARE(truncateUtf16(std::string_view(ascii.constData(), size_t(ascii.size())), 32767).size(), size_t(32767));
}

void TestUtf8::joinedArrays_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("isArray");
    QTest::addColumn<QString>("shown");
    QTest::newRow("two") << QByteArray(R"(["Strafrechtketen","OM"])") << true << QStringLiteral("Strafrechtketen, OM");
    QTest::newRow("empty") << QByteArray("[]") << true << QString();
    QTest::newRow("spaces") << QByteArray(R"( [ "a" , "b" ] )") << true << QStringLiteral("a, b");
    QTest::newRow("escapes") << QByteArray(R"(["say \"hi\"","caf\u00e9","\ud83d\udcdc"])") << true
                             << QStringLiteral("say \"hi\", café, ") + QString::fromUcs4(U"\U0001F4DC");
    QTest::newRow("legacy plain string") << QByteArray("Strafrechtketen") << false << QString();
    QTest::newRow("numbers are not strings") << QByteArray("[1,2]") << false << QString();
    QTest::newRow("objects") << QByteArray(R"([{"a":1}])") << false << QString();
    QTest::newRow("unterminated") << QByteArray(R"(["a")") << false << QString();
    QTest::newRow("trailing garbage") << QByteArray(R"(["a"] x)") << false << QString();
}

void TestUtf8::joinedArrays()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, isArray);
    QFETCH(QString, shown);
    std::string out = "keep";
    QCOMPARE(appendJoinedJsonStringArray(std::string_view(raw.constData(), size_t(raw.size())), out), isArray);
    if (isArray)
        QCOMPARE(QString::fromUtf8(out.data() + 4, qsizetype(out.size() - 4)), shown);
    else
        QCOMPARE(out, std::string("keep")); // nothing appended on failure
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
