#include "JobStoreSql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <iterator>

namespace defex::jobstore {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::JobStore)
};

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonDocument parseJson(const QVariant &v)
{
    return v.isNull() ? QJsonDocument() : QJsonDocument::fromJson(v.toString().toUtf8());
}

bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = describe(q.lastError());
            return false;
        }
    }
    return true;
}

// Schema 1: everything. A removed job leaves a row in removed_jobs so that watchers
// (listChangedSince) learn about the removal; ids are AUTOINCREMENT and never come back.
bool migrateTo1(const QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        { QStringLiteral("CREATE TABLE jobs ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " owner TEXT NOT NULL,"
                         " state TEXT NOT NULL,"
                         " position INTEGER NOT NULL,"
                         " request TEXT NOT NULL,"
                         " description TEXT,"
                         " rows_done INTEGER NOT NULL DEFAULT 0,"
                         " rows_total INTEGER NOT NULL DEFAULT 0,"
                         " bytes INTEGER NOT NULL DEFAULT 0,"
                         " attempts INTEGER NOT NULL DEFAULT 0,"
                         " interruptions INTEGER NOT NULL DEFAULT 0,"
                         " error TEXT,"
                         " error_history TEXT,"
                         " created_at INTEGER,"
                         " started_at INTEGER,"
                         " finished_at INTEGER,"
                         " output_path TEXT,"
                         " sha256 TEXT,"
                         " checkpoint TEXT,"
                         " pinned INTEGER NOT NULL DEFAULT 0,"
                         " not_before INTEGER,"
                         " lease_pid INTEGER NOT NULL DEFAULT 0,"
                         " lease_boot_id TEXT,"
                         " heartbeat INTEGER,"
                         " requested_action TEXT,"
                         " seq INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX jobs_owner_state_position ON jobs(owner, state, position)"),
          QStringLiteral("CREATE INDEX jobs_seq ON jobs(seq)"),
          QStringLiteral("CREATE TABLE removed_jobs ("
                         " id INTEGER PRIMARY KEY,"
                         " owner TEXT NOT NULL,"
                         " seq INTEGER NOT NULL,"
                         " removed_at INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX removed_jobs_seq ON removed_jobs(seq)"),
          QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
          QStringLiteral("INSERT INTO meta (key, value) VALUES ('change_seq', 0)") },
        error);
}

using Migration = bool (*)(const QSqlDatabase &, QString *);
// migrations[v] takes schema v to v + 1.
constexpr Migration kMigrations[] = { migrateTo1 };

} // namespace

QString selectColumns()
{
    return QStringLiteral(
        "id, request, description, state, position, rows_done, rows_total, bytes, attempts,"
        " interruptions, error, error_history, created_at, started_at, finished_at, output_path,"
        " sha256, checkpoint, pinned, owner, not_before, lease_pid, lease_boot_id, heartbeat");
}

JobRecord recordFromQuery(const QSqlQuery &q)
{
    JobRecord r;
    r.id = q.value(0).toLongLong();
    r.request = ExportRequest::fromJson(parseJson(q.value(1)).object());
    r.description = q.value(2).toString();
    jobStateFromName(q.value(3).toString(), &r.state);
    r.position = q.value(4).toLongLong();
    r.rowsDone = q.value(5).toLongLong();
    r.rowsTotal = q.value(6).toLongLong();
    r.bytes = quint64(q.value(7).toLongLong());
    r.attempts = q.value(8).toInt();
    r.interruptions = q.value(9).toInt();
    r.error = q.value(10).toString();
    r.errorHistory = parseJson(q.value(11)).array();
    r.createdAt = timeFromSql(q.value(12));
    r.startedAt = timeFromSql(q.value(13));
    r.finishedAt = timeFromSql(q.value(14));
    r.outputPath = q.value(15).toString();
    r.sha256 = q.value(16).toString();
    r.checkpoint = parseJson(q.value(17)).object();
    r.pinned = q.value(18).toInt() != 0;
    r.owner = q.value(19).toString();
    r.notBefore = timeFromSql(q.value(20));
    r.leasePid = q.value(21).toLongLong();
    r.leaseBootId = q.value(22).toString();
    r.heartbeat = timeFromSql(q.value(23));
    return r;
}

const QStringList &mutableColumns()
{
    static const QStringList columns
        = { QStringLiteral("request"),       QStringLiteral("description"),
            QStringLiteral("state"),         QStringLiteral("position"),
            QStringLiteral("rows_done"),     QStringLiteral("rows_total"),
            QStringLiteral("bytes"),         QStringLiteral("attempts"),
            QStringLiteral("interruptions"), QStringLiteral("error"),
            QStringLiteral("error_history"), QStringLiteral("started_at"),
            QStringLiteral("finished_at"),   QStringLiteral("output_path"),
            QStringLiteral("sha256"),        QStringLiteral("checkpoint"),
            QStringLiteral("pinned"),        QStringLiteral("not_before"),
            QStringLiteral("lease_pid"),     QStringLiteral("lease_boot_id"),
            QStringLiteral("heartbeat") };
    return columns;
}

void bindMutableFields(QSqlQuery &q, const JobRecord &job)
{
    q.bindValue(QStringLiteral(":request"), jsonText(job.request.toJson()));
    q.bindValue(QStringLiteral(":description"), job.description);
    q.bindValue(QStringLiteral(":state"), jobStateName(job.state));
    q.bindValue(QStringLiteral(":position"), job.position);
    q.bindValue(QStringLiteral(":rows_done"), job.rowsDone);
    q.bindValue(QStringLiteral(":rows_total"), job.rowsTotal);
    q.bindValue(QStringLiteral(":bytes"), qint64(job.bytes));
    q.bindValue(QStringLiteral(":attempts"), job.attempts);
    q.bindValue(QStringLiteral(":interruptions"), job.interruptions);
    q.bindValue(QStringLiteral(":error"), job.error);
    q.bindValue(QStringLiteral(":error_history"), jsonText(job.errorHistory));
    q.bindValue(QStringLiteral(":started_at"), timeToSql(job.startedAt));
    q.bindValue(QStringLiteral(":finished_at"), timeToSql(job.finishedAt));
    q.bindValue(QStringLiteral(":output_path"), job.outputPath);
    q.bindValue(QStringLiteral(":sha256"), job.sha256);
    q.bindValue(QStringLiteral(":checkpoint"),
                job.checkpoint.isEmpty() ? QVariant() : QVariant(jsonText(job.checkpoint)));
    q.bindValue(QStringLiteral(":pinned"), job.pinned ? 1 : 0);
    q.bindValue(QStringLiteral(":not_before"), timeToSql(job.notBefore));
    q.bindValue(QStringLiteral(":lease_pid"), job.leasePid);
    q.bindValue(QStringLiteral(":lease_boot_id"), job.leaseBootId);
    q.bindValue(QStringLiteral(":heartbeat"), timeToSql(job.heartbeat));
}

QVariant timeToSql(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFromSql(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString nextSequenceExpr()
{
    return QStringLiteral("(SELECT value + 1 FROM meta WHERE key = 'change_seq')");
}

bool bumpSequence(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("UPDATE meta SET value = value + 1 WHERE key = 'change_seq'")))
        return true;
    *error = describe(q.lastError());
    return false;
}

bool migrate(const QSqlDatabase &db, int fromVersion, int toVersion, QString *error)
{
    for (int v = fromVersion; v < toVersion; ++v) {
        if (v >= int(std::size(kMigrations)) || !kMigrations[v](db, error))
            return false;
    }
    QSqlQuery q(db);
    // PRAGMA takes no bound parameters; the value is our own integer.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion))) {
        *error = describe(q.lastError());
        return false;
    }
    return true;
}

bool firstRow(const QSqlDatabase &db, const QString &sql,
              const QList<std::pair<QString, QVariant>> &binds, QVariantList *row, QString *error)
{
    row->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec()) {
        *error = describe(q.lastError());
        return false;
    }
    if (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            row->append(q.value(i));
    }
    return true;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QString notOpenMessage()
{
    return Tr::tr("The queue database is not open.");
}

QString noJobMessage(qint64 id)
{
    return Tr::tr("There is no job %1 in the queue.").arg(id);
}

QString notPendingMessage(qint64 id)
{
    return Tr::tr("Job %1 is not waiting in the queue.").arg(id);
}

QString describe(const QSqlError &e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return e.nativeErrorCode().isEmpty() ? text
                                         : Tr::tr("%1 (SQLite code %2)").arg(text, e.nativeErrorCode());
}

int primaryCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xFF) : -1;
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = describe(q.lastError());
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = describe(q.lastError());
        return false;
    }
    m_active = false;
    return true;
}

} // namespace defex::jobstore
