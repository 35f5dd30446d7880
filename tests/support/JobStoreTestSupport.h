#pragma once

// Helpers for the tests of the queue's store: plain jobs, bulk inserts and raw SQL reads that
// bypass JobStore (to check what it really wrote, or to plant another user's job).

#include "JobStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace TestSupport {

inline defex::JobRecord makeJob(const QString &description)
{
    defex::JobRecord job;
    job.description = description;
    job.request.database = QStringLiteral("/data/definities.db");
    job.request.output = QStringLiteral("/tmp/") + description + QStringLiteral(".csv");
    return job;
}

// Inserts `count` pending jobs in one insert(); returns their ids (empty on failure).
inline QList<qint64> insertJobs(defex::JobStore &store, int count,
                                const QString &prefix = QStringLiteral("job"))
{
    QList<defex::JobRecord> jobs;
    for (int i = 0; i < count; ++i)
        jobs.append(makeJob(prefix + QString::number(i)));
    QList<qint64> ids;
    if (!store.insert(jobs))
        return ids;
    for (const defex::JobRecord &j : std::as_const(jobs))
        ids.append(j.id);
    return ids;
}

// The first value of a query, on a connection of its own; invalid when there is none.
inline QVariant sqlValue(const QString &dbPath, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace TestSupport
