#pragma once

// JobStore internals: the schema and its migrations, the row <-> JobRecord mapping, and the
// write transaction every change goes through. Not part of core's public API.

#include "JobRecord.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

class QSqlError;
class QSqlQuery;

namespace defex::jobstore {

// Columns of `jobs` in the order recordFromQuery() reads them.
QString selectColumns();
JobRecord recordFromQuery(const QSqlQuery &q);
// The columns update() writes: every field but id, owner and created_at. bindMutableFields()
// binds each as the placeholder ":column".
const QStringList &mutableColumns();
void bindMutableFields(QSqlQuery &q, const JobRecord &job);

// Times are stored as milliseconds since the epoch (UTC), NULL when not set.
QVariant timeToSql(const QDateTime &t);
QDateTime timeFromSql(const QVariant &v);
qint64 nowMs();

// The change sequence a row written in the current transaction gets; bumpSequence() makes it
// the global value. Both run inside one WriteTransaction.
QString nextSequenceExpr();
bool bumpSequence(const QSqlDatabase &db, QString *error);

// Runs the migrations from `fromVersion` up to `toVersion` (inside the caller's transaction).
bool migrate(const QSqlDatabase &db, int fromVersion, int toVersion, QString *error);

// The first row of a query with named bindings; `row` stays empty when there is none.
bool firstRow(const QSqlDatabase &db, const QString &sql,
              const QList<std::pair<QString, QVariant>> &binds, QVariantList *row, QString *error);
// "1,2,3" for an IN (...) list; ids are integers, so they can be part of a statement.
QString idList(const QList<qint64> &ids);

QString notOpenMessage();
QString noJobMessage(qint64 id);
QString notPendingMessage(qint64 id);
QString describe(const QSqlError &e);
int primaryCode(const QSqlError &e); // the SQLite result code without its extended bits

// BEGIN IMMEDIATE ... COMMIT; rolls back when it goes out of scope uncommitted. IMMEDIATE takes
// the write lock up front, so a read-then-write (claim, move) cannot interleave with another
// process's, and waiting for the lock goes through the busy timeout instead of failing at once.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_active = false;
};

} // namespace defex::jobstore
