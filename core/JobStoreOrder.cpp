// JobStore: claiming jobs and their order in the queue. A claim or a move reads and writes under
// one write lock (BEGIN IMMEDIATE), so two processes never claim the same job or interleave moves.

#include "JobStore.h"
#include "JobStoreSql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace defex {

using namespace jobstore;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::JobStore)
};

} // namespace

std::optional<JobRecord> JobStore::claimNext(qint64 pid, const QString &bootId)
{
    return claimOne(0, pid, bootId);
}

std::optional<JobRecord> JobStore::claim(qint64 id, qint64 pid, const QString &bootId)
{
    if (id <= 0) {
        fail(noJobMessage(id));
        return std::nullopt;
    }
    return claimOne(id, pid, bootId);
}

// id 0: the next pending job by position whose back-off has passed. The pick and the update
// run under one write lock, so no other connection can claim the same job in between.
std::optional<JobRecord> JobStore::claimOne(qint64 id, qint64 pid, const QString &bootId)
{
    if (!canWrite())
        return std::nullopt;
    WriteTransaction tx(database());
    if (!tx.isActive()) {
        fail(tx.error());
        return std::nullopt;
    }
    const qint64 now = nowMs();
    QString message;
    QVariantList row;
    const bool ok = id > 0
        ? firstRow(database(),
                   QStringLiteral("SELECT id FROM jobs WHERE id = :id AND owner = :owner "
                                  "AND state = 'pending'"),
                   { { QStringLiteral(":id"), id }, { QStringLiteral(":owner"), m_user } }, &row,
                   &message)
        : firstRow(database(),
                   QStringLiteral("SELECT id FROM jobs WHERE owner = :owner AND state = "
                                  "'pending' AND (not_before IS NULL OR not_before <= :now) "
                                  "ORDER BY position, id LIMIT 1"),
                   { { QStringLiteral(":owner"), m_user }, { QStringLiteral(":now"), now } }, &row,
                   &message);
    if (!ok || row.isEmpty()) {
        if (!ok)
            fail(message);
        else if (id > 0)
            fail(notPendingMessage(id));
        else
            m_lastError.clear();
        return std::nullopt;
    }
    const qint64 chosen = row.value(0).toLongLong();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE jobs SET state = 'running', attempts = attempts + 1, "
                             "started_at = :started, lease_pid = :pid, lease_boot_id = :boot, "
                             "heartbeat = :beat, requested_action = NULL, seq = ")
              + nextSequenceExpr() + QStringLiteral(" WHERE id = :id AND state = 'pending'"));
    q.bindValue(QStringLiteral(":started"), now);
    q.bindValue(QStringLiteral(":pid"), pid);
    q.bindValue(QStringLiteral(":boot"), bootId);
    q.bindValue(QStringLiteral(":beat"), now);
    q.bindValue(QStringLiteral(":id"), chosen);
    if (!q.exec() || q.numRowsAffected() != 1) {
        fail(describe(q.lastError()));
        return std::nullopt;
    }
    q = QSqlQuery();
    std::optional<JobRecord> claimed = load(chosen);
    if (!claimed || !bump())
        return std::nullopt;
    if (!tx.commit()) {
        fail(tx.error());
        return std::nullopt;
    }
    return claimed;
}

bool JobStore::setPosition(qint64 id, qint64 position)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE jobs SET position = :position, seq = ") + nextSequenceExpr()
              + QStringLiteral(" WHERE id = :id AND owner = :owner"));
    q.bindValue(QStringLiteral(":position"), position);
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":owner"), m_user);
    return q.exec() || fail(describe(q.lastError()));
}

// Only pending jobs move; the others keep their positions. Up and Down swap with the
// neighbouring pending job; Top and Bottom go past every job of the user, so positions stay
// unique. Moving the first job up (or the last down) is a successful no-op.
bool JobStore::move(qint64 id, Move where)
{
    if (!canWrite())
        return false;
    WriteTransaction tx(database());
    if (!tx.isActive())
        return fail(tx.error());
    const auto value = [&](const QString &sql, QVariantList *row,
                           const QList<std::pair<QString, QVariant>> &extra = {}) {
        QString message;
        QList<std::pair<QString, QVariant>> binds = { { QStringLiteral(":owner"), m_user } };
        binds += extra;
        return firstRow(database(), sql, binds, row, &message) || fail(message);
    };
    QVariantList row;
    if (!value(QStringLiteral("SELECT position FROM jobs WHERE id = :id AND owner = :owner AND "
                              "state = 'pending'"),
               &row, { { QStringLiteral(":id"), id } }))
        return false;
    if (row.isEmpty())
        return fail(notPendingMessage(id));
    const qint64 position = row.value(0).toLongLong();

    qint64 target = position;
    qint64 neighbour = 0;
    const bool up = where == Move::Top || where == Move::Up;
    const QString pendingBeyond
        = QStringLiteral("SELECT id, position FROM jobs WHERE owner = :owner AND state = 'pending' "
                         "AND position %1 :position ORDER BY position %2, id %2 LIMIT 1")
              .arg(up ? QStringLiteral("<") : QStringLiteral(">"),
                   up ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (!value(pendingBeyond, &row, { { QStringLiteral(":position"), position } }))
        return false;
    if (row.isEmpty())
        return tx.commit() || fail(tx.error()); // already first (or last)
    if (where == Move::Up || where == Move::Down) {
        neighbour = row.value(0).toLongLong();
        target = row.value(1).toLongLong();
    } else {
        if (!value(up ? QStringLiteral("SELECT min(position) - 1 FROM jobs WHERE owner = :owner")
                      : QStringLiteral("SELECT max(position) + 1 FROM jobs WHERE owner = :owner"),
                   &row))
            return false;
        target = row.value(0).toLongLong();
    }
    if (!setPosition(id, target) || (neighbour && !setPosition(neighbour, position)))
        return false;
    return bump() && (tx.commit() || fail(tx.error()));
}

// The given jobs take the positions they already hold between them, in the given order; other
// pending jobs keep theirs. With every pending id given, that is exactly this order.
bool JobStore::setPendingOrder(const QList<qint64> &ids)
{
    if (!canWrite())
        return false;
    if (QSet<qint64>(ids.cbegin(), ids.cend()).size() != ids.size())
        return fail(Tr::tr("A job appears twice in the new order."));
    if (ids.isEmpty())
        return true;
    WriteTransaction tx(database());
    if (!tx.isActive())
        return fail(tx.error());
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, position FROM jobs WHERE owner = :owner AND "
                             "state = 'pending' AND id IN (")
              + idList(ids) + QLatin1Char(')'));
    q.bindValue(QStringLiteral(":owner"), m_user);
    if (!q.exec())
        return fail(describe(q.lastError()));
    QHash<qint64, qint64> current;
    while (q.next())
        current.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q = QSqlQuery();
    for (qint64 id : ids) {
        if (!current.contains(id))
            return fail(notPendingMessage(id) + QLatin1Char(' ')
                        + Tr::tr("The order was not changed."));
    }
    QList<qint64> positions = current.values();
    std::sort(positions.begin(), positions.end());
    bool changed = false;
    for (int i = 0; i < ids.size(); ++i) {
        if (current.value(ids[i]) == positions[i])
            continue;
        if (!setPosition(ids[i], positions[i]))
            return false;
        changed = true;
    }
    if (changed && !bump())
        return false;
    return tx.commit() || fail(tx.error());
}

} // namespace defex
