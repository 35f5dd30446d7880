// JobStore: every method that changes a job. Each runs in one IMMEDIATE transaction that also
// raises the change sequence and stamps it on the rows it wrote (see JobStoreSql.h).

#include "JobStore.h"
#include "JobStoreSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace defex {

using namespace jobstore;

namespace {

// Tombstones of removed jobs are kept this long for watchers that were not running.
constexpr qint64 kTombstoneMs = qint64(30) * 24 * 3600 * 1000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::JobStore)
};

} // namespace

bool JobStore::insert(QList<JobRecord> &jobs)
{
    return insert(jobs, Prepare());
}

bool JobStore::insert(QList<JobRecord> &jobs, const Prepare &prepare)
{
    if (!canWrite())
        return false;
    if (jobs.isEmpty())
        return true;
    WriteTransaction tx(database());
    if (!tx.isActive())
        return fail(tx.error());
    if (!bump())
        return false;
    QString message;
    QVariantList row;
    if (!firstRow(database(),
                  QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'change_seq'), "
                                 "coalesce(max(position), 0) FROM jobs WHERE owner = :owner"),
                  { { QStringLiteral(":owner"), m_user } }, &row, &message))
        return fail(message);
    const qint64 seq = row.value(0).toLongLong();
    qint64 position = row.value(1).toLongLong();

    QList<JobRecord> written = jobs;
    if (prepare) {
        QSqlQuery outputs(database());
        if (!outputs.exec(QStringLiteral("SELECT output_path FROM jobs WHERE output_path <> ''")))
            return fail(describe(outputs.lastError()));
        QStringList stored;
        while (outputs.next())
            stored.append(outputs.value(0).toString());
        outputs.finish(); // no open statement may outlive the transaction's COMMIT
        prepare(stored, written);
    }

    const QStringList columns = mutableColumns();
    QStringList placeholders;
    for (const QString &c : columns)
        placeholders.append(QLatin1Char(':') + c);
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("INSERT INTO jobs (owner, created_at, seq, ")
                   + columns.join(QStringLiteral(", "))
                   + QStringLiteral(") VALUES (:owner, :created_at, :seq, ")
                   + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')')))
        return fail(describe(q.lastError()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (JobRecord &job : written) {
        job.owner = m_user;
        job.position = ++position;
        if (!job.createdAt.isValid())
            job.createdAt = now;
        bindMutableFields(q, job);
        q.bindValue(QStringLiteral(":owner"), job.owner);
        q.bindValue(QStringLiteral(":created_at"), timeToSql(job.createdAt));
        q.bindValue(QStringLiteral(":seq"), seq);
        if (!q.exec())
            return fail(describe(q.lastError()));
        job.id = q.lastInsertId().toLongLong();
    }
    q = QSqlQuery();
    if (!tx.commit())
        return fail(tx.error());
    jobs = written;
    return true;
}

bool JobStore::update(const JobRecord &job)
{
    return update(job, {});
}

bool JobStore::update(const JobRecord &job, const QList<JobState> &from)
{
    if (!canWrite())
        return false;
    WriteTransaction tx(database());
    if (!tx.isActive())
        return fail(tx.error());
    QStringList assignments;
    for (const QString &c : mutableColumns())
        assignments.append(c + QStringLiteral(" = :") + c);
    // The names are our own constants, so they can be part of the statement.
    QStringList names;
    for (JobState s : from)
        names.append(QLatin1Char('\'') + jobStateName(s) + QLatin1Char('\''));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE jobs SET ") + assignments.join(QStringLiteral(", "))
              + QStringLiteral(", seq = ") + nextSequenceExpr()
              + QStringLiteral(" WHERE id = :id AND owner = :owner")
              + (names.isEmpty() ? QString()
                                 : QStringLiteral(" AND state IN (") + names.join(QLatin1Char(','))
                                       + QLatin1Char(')')));
    bindMutableFields(q, job);
    q.bindValue(QStringLiteral(":id"), job.id);
    q.bindValue(QStringLiteral(":owner"), m_user);
    if (!q.exec())
        return fail(describe(q.lastError()));
    if (q.numRowsAffected() == 0) {
        if (names.isEmpty())
            return fail(noJobMessage(job.id));
        return fail(Tr::tr("Job %1 is not in a state it can become %2 from.")
                        .arg(job.id)
                        .arg(jobStateName(job.state)));
    }
    return bump() && (tx.commit() || fail(tx.error()));
}

bool JobStore::transition(qint64 id, const QList<JobState> &from, JobState to)
{
    if (!canWrite())
        return false;
    if (from.isEmpty())
        return fail(Tr::tr("No state to change job %1 from.").arg(id));
    QStringList names;
    for (JobState s : from)
        names.append(QLatin1Char('\'') + jobStateName(s) + QLatin1Char('\''));
    WriteTransaction tx(database());
    if (!tx.isActive())
        return fail(tx.error());
    QSqlQuery q(database());
    // The names are our own constants, so they can be part of the statement.
    q.prepare(QStringLiteral("UPDATE jobs SET state = :to, seq = ") + nextSequenceExpr()
              + QStringLiteral(" WHERE id = :id AND owner = :owner AND state IN (")
              + names.join(QLatin1Char(',')) + QLatin1Char(')'));
    q.bindValue(QStringLiteral(":to"), jobStateName(to));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":owner"), m_user);
    if (!q.exec())
        return fail(describe(q.lastError()));
    if (q.numRowsAffected() == 0)
        return fail(
            Tr::tr("Job %1 is not in a state it can become %2 from.").arg(id).arg(jobStateName(to)));
    return bump() && (tx.commit() || fail(tx.error()));
}

bool JobStore::updateProgress(qint64 id, qint64 rowsDone, qint64 rowsTotal, quint64 bytes)
{
    if (!canWrite())
        return false;
    WriteTransaction tx(database());
    if (!tx.isActive())
        return fail(tx.error());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE jobs SET rows_done = :done, rows_total = :total, "
                             "bytes = :bytes, heartbeat = :now, seq = ")
              + nextSequenceExpr() + QStringLiteral(" WHERE id = :id AND owner = :owner"));
    q.bindValue(QStringLiteral(":done"), rowsDone);
    q.bindValue(QStringLiteral(":total"), rowsTotal);
    q.bindValue(QStringLiteral(":bytes"), qint64(bytes));
    q.bindValue(QStringLiteral(":now"), nowMs());
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":owner"), m_user);
    if (!q.exec())
        return fail(describe(q.lastError()));
    if (q.numRowsAffected() == 0)
        return fail(noJobMessage(id));
    return bump() && (tx.commit() || fail(tx.error()));
}

bool JobStore::heartbeat(const QList<qint64> &ids, qint64 pid, const QString &bootId)
{
    if (!canWrite())
        return false;
    if (ids.isEmpty())
        return true;
    WriteTransaction tx(database());
    if (!tx.isActive())
        return fail(tx.error());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE jobs SET heartbeat = :now, lease_pid = :pid, "
                             "lease_boot_id = :boot, seq = ")
              + nextSequenceExpr()
              + QStringLiteral(" WHERE owner = :owner AND state = 'running' AND id IN (")
              + idList(ids) + QLatin1Char(')'));
    q.bindValue(QStringLiteral(":now"), nowMs());
    q.bindValue(QStringLiteral(":pid"), pid);
    q.bindValue(QStringLiteral(":boot"), bootId);
    q.bindValue(QStringLiteral(":owner"), m_user);
    if (!q.exec())
        return fail(describe(q.lastError()));
    // Jobs that finished in between are simply not running any more: not an error.
    if (q.numRowsAffected() > 0 && !bump())
        return false;
    return tx.commit() || fail(tx.error());
}

bool JobStore::setRequestedAction(qint64 id, const QString &action)
{
    if (!canWrite())
        return false;
    WriteTransaction tx(database());
    if (!tx.isActive())
        return fail(tx.error());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE jobs SET requested_action = :action, seq = ")
              + nextSequenceExpr() + QStringLiteral(" WHERE id = :id AND owner = :owner"));
    q.bindValue(QStringLiteral(":action"), action.isEmpty() ? QVariant() : QVariant(action));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":owner"), m_user);
    if (!q.exec())
        return fail(describe(q.lastError()));
    if (q.numRowsAffected() == 0)
        return fail(noJobMessage(id));
    return bump() && (tx.commit() || fail(tx.error()));
}

bool JobStore::remove(qint64 id)
{
    if (!canWrite())
        return false;
    WriteTransaction tx(database());
    if (!tx.isActive())
        return fail(tx.error());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = :id AND owner = :owner"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":owner"), m_user);
    if (!q.exec())
        return fail(describe(q.lastError()));
    if (q.numRowsAffected() == 0)
        return fail(noJobMessage(id));
    const qint64 now = nowMs();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO removed_jobs (id, owner, seq, removed_at) "
                             "VALUES (:id, :owner, ")
              + nextSequenceExpr() + QStringLiteral(", :now)"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":owner"), m_user);
    q.bindValue(QStringLiteral(":now"), now);
    if (!q.exec())
        return fail(describe(q.lastError()));
    q.prepare(QStringLiteral("DELETE FROM removed_jobs WHERE removed_at < :cutoff"));
    q.bindValue(QStringLiteral(":cutoff"), now - kTombstoneMs);
    if (!q.exec())
        return fail(describe(q.lastError()));
    return bump() && (tx.commit() || fail(tx.error()));
}

} // namespace defex
