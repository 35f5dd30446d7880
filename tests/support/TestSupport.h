#pragma once

// Helpers shared by the tests: paths, running the real binary, hashing files, fixture databases.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace TestSupport {

QString binary();              // the built definitie-export
QString sharedDataDir();       // ../shared/data/definitie-app (may not exist)
QString toolsDir();            // tests/tools

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// `environment` replaces the child's environment when it is not empty.
ProcessResult run(const QString &program, const QStringList &args, int timeoutMs = 120000,
                  const QByteArray &stdinData = {},
                  const QProcessEnvironment &environment = QProcessEnvironment());
ProcessResult runBinary(const QStringList &args, int timeoutMs = 120000);

QByteArray fileSha256(const QString &path);
QByteArray readFile(const QString &path);

// Executes SQL statements (separated by ';') on a SQLite file, creating it when needed.
bool execSql(const QString &dbPath, const QString &sql, QString *error = nullptr);

// A small definitie-app database with fixed, hand-written rows (see TestSupport.cpp), covering
// quoting, formulas, multi-line text, accents, emoji, legacy contexts and examples of every kind.
bool createFixtureDatabase(const QString &dbPath, QString *error = nullptr);

} // namespace TestSupport
