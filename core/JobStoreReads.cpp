// JobStore: the reading side. Every query filters on the current user.

#include "JobStore.h"
#include "JobStoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace defex {

using namespace jobstore;

std::optional<JobRecord> JobStore::load(qint64 id)
{
    if (!isOpen()) {
        fail(notOpenMessage());
        return std::nullopt;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + selectColumns()
              + QStringLiteral(" FROM jobs WHERE id = :id AND owner = :owner"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":owner"), m_user);
    if (!q.exec()) {
        fail(describe(q.lastError()));
        return std::nullopt;
    }
    if (!q.next()) {
        fail(noJobMessage(id));
        return std::nullopt;
    }
    return recordFromQuery(q);
}

QList<JobRecord> JobStore::list()
{
    return listWhere(QString(), {});
}

QList<JobRecord> JobStore::listInStates(const QList<JobState> &states)
{
    QStringList names;
    for (JobState s : states)
        names.append(QLatin1Char('\'') + jobStateName(s) + QLatin1Char('\''));
    if (names.isEmpty())
        return {};
    return listWhere(QStringLiteral(" AND state IN (%1)").arg(names.join(QLatin1Char(','))), {});
}

QList<JobRecord> JobStore::listExpired(const QDateTime &cutoff)
{
    return listWhere(QStringLiteral(" AND state IN ('%1','%2','%3') AND pinned = 0"
                                    " AND finished_at IS NOT NULL AND finished_at < :cutoff")
                         .arg(jobStateName(JobState::Completed), jobStateName(JobState::Failed),
                              jobStateName(JobState::Cancelled)),
                     {{QStringLiteral(":cutoff"), timeToSql(cutoff)}});
}

QList<JobRecord> JobStore::listWhere(const QString &condition, const QVariantHash &binds)
{
    QList<JobRecord> jobs;
    if (!isOpen()) {
        fail(notOpenMessage());
        return jobs;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + selectColumns()
              + QStringLiteral(" FROM jobs WHERE owner = :owner") + condition
              + QStringLiteral(" ORDER BY id"));
    q.bindValue(QStringLiteral(":owner"), m_user);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        fail(describe(q.lastError()));
        return jobs;
    }
    while (q.next())
        jobs.append(recordFromQuery(q));
    return jobs;
}

qint64 JobStore::changeSequence()
{
    if (!isOpen()) {
        fail(notOpenMessage());
        return -1;
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'change_seq'")) || !q.next()) {
        fail(describe(q.lastError()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<JobRecord> JobStore::listChangedSince(qint64 sequence, qint64 *newSequence)
{
    QList<JobRecord> jobs;
    if (!isOpen()) {
        fail(notOpenMessage());
        return jobs;
    }
    // One read transaction: the rows and the sequence come from the same snapshot, so a write
    // between the queries is neither lost nor reported twice.
    if (!exec(QStringLiteral("BEGIN")))
        return jobs;
    const qint64 current = changeSequence();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + selectColumns()
              + QStringLiteral(" FROM jobs WHERE owner = :owner AND seq > :seq ORDER BY id"));
    q.bindValue(QStringLiteral(":owner"), m_user);
    q.bindValue(QStringLiteral(":seq"), sequence);
    bool ok = current >= 0 && q.exec();
    while (ok && q.next())
        jobs.append(recordFromQuery(q));
    q.prepare(QStringLiteral(
        "SELECT id FROM removed_jobs WHERE owner = :owner AND seq > :seq ORDER BY id"));
    q.bindValue(QStringLiteral(":owner"), m_user);
    q.bindValue(QStringLiteral(":seq"), sequence);
    ok = ok && q.exec();
    while (ok && q.next()) {
        JobRecord removed;
        removed.id = q.value(0).toLongLong();
        jobs.append(removed);
    }
    if (!ok && current >= 0)
        fail(describe(q.lastError()));
    q = QSqlQuery();
    exec(QStringLiteral("COMMIT"));
    if (newSequence)
        *newSequence = ok ? current : sequence;
    return ok ? jobs : QList<JobRecord>();
}

QString JobStore::requestedAction(qint64 id)
{
    if (!isOpen()) {
        fail(notOpenMessage());
        return {};
    }
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT requested_action FROM jobs WHERE id = :id AND owner = :owner"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":owner"), m_user);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

int JobStore::queuePosition(qint64 id)
{
    if (!isOpen()) {
        fail(notOpenMessage());
        return 0;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM jobs WHERE owner = :owner AND state = 'pending' AND position <= "
        "(SELECT position FROM jobs WHERE id = :id AND owner = :owner2 AND state = 'pending')"));
    q.bindValue(QStringLiteral(":owner"), m_user);
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":owner2"), m_user);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace defex
