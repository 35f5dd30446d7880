#include "JobStore.h"

#include "JobStoreSql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace defex {

using namespace jobstore;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::JobStore)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString damagedMessage(const QString &path, const QString &detail)
{
    return Tr::tr("The queue database %1 is damaged or not a queue database (%2). Move it aside to "
              "start with an empty queue.")
        .arg(native(path), detail);
}

QString newerMessage(const QString &path, int version)
{
    return Tr::tr("The queue database %1 was written by a newer version of definitie-export (schema "
              "%2); this version understands schema %3.")
        .arg(native(path))
        .arg(version)
        .arg(JobStore::SchemaVersion);
}

// -1 when the version cannot be read.
int userVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = describe(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

int tableCount(const QSqlDatabase &db, const QString &condition)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
                + condition)
        || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

JobStore::JobStore() = default;

JobStore::~JobStore()
{
    closeConnection();
}

QString JobStore::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("DEFINITIE_EXPORT_DATA_DIR");
    // Absolute: jobs keep paths inside it, and a runner may start in another folder.
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir(fromEnv).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString JobStore::currentUser()
{
    // The effective user, not $USER: the environment is easy to change, the uid is not.
    const uid_t uid = ::geteuid();
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(size > 0 ? int(size) : 16384, Qt::Uninitialized);
    passwd pw {};
    passwd *found = nullptr;
    if (::getpwuid_r(uid, &pw, buffer.data(), size_t(buffer.size()), &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid-%1").arg(uid);
}

QString JobStore::bootId()
{
    QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll().trimmed());
}

bool JobStore::open(const QString &directory, QString *error)
{
    closeConnection();
    m_readOnly = false;
    m_lastError.clear();
    m_user = currentUser();
    const QString dirPath = QDir::cleanPath(QDir(directory).absolutePath());
    m_path = dirPath + QStringLiteral("/queue.sqlite");
    const auto failOpen = [&](const QString &message) {
        closeConnection();
        m_lastError = message;
        if (error)
            *error = message;
        return false;
    };
    if (directory.isEmpty())
        return failOpen(Tr::tr("No folder was given for the queue database."));

    const QByteArray dirName = QFile::encodeName(dirPath);
    const QByteArray fileName = QFile::encodeName(m_path);
    const QFileInfo dirInfo(dirPath);
    if (!dirInfo.isDir()) {
        if (dirInfo.exists())
            return failOpen(
                Tr::tr("%1 is not a folder; it cannot hold the queue database.").arg(native(dirPath)));
        if (!QDir().mkpath(dirPath))
            return failOpen(
                Tr::tr("Cannot create the folder %1 for the queue database.").arg(native(dirPath)));
        ::chmod(dirName.constData(), 0700);
    }

    // Decide read-only up front: SQLite would open a read-only file "read-write" and only fail
    // at the first write, long after the user could have been told.
    bool readOnly = false;
    struct stat st;
    if (::stat(fileName.constData(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return failOpen(Tr::tr("%1 is not a file.").arg(native(m_path)));
        if (::access(fileName.constData(), R_OK) != 0)
            return failOpen(Tr::tr("No permission to read the queue database %1.").arg(native(m_path)));
        readOnly
            = ::access(fileName.constData(), W_OK) != 0 || ::access(dirName.constData(), W_OK) != 0;
    } else {
        // Create it 0600 ourselves: SQLite would create it with the umask's permissions.
        const int fd = ::open(fileName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
        else if (errno != EEXIST)
            return failOpen(Tr::tr("Cannot create the queue database %1: %2")
                                .arg(native(m_path), QString::fromLocal8Bit(std::strerror(errno))));
    }

    QString message;
    int rc = openConnection(readOnly, false, &message);
    if (rc == SQLITE_OK && !readOnly) {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            rc = primaryCode(q.lastError());
            message = describe(q.lastError());
            if (rc == SQLITE_READONLY) {
                // Writable by its permissions but not in fact (a read-only mount, for one).
                q = QSqlQuery();
                closeConnection();
                readOnly = true;
                rc = openConnection(true, false, &message);
            }
        }
    }
    // A WAL database in a folder we cannot write: SQLite cannot create the -shm index next to
    // it. Reading it as immutable still works (changes other processes make are not seen).
    if (readOnly && (rc == SQLITE_CANTOPEN || rc == SQLITE_READONLY))
        rc = openConnection(true, true, &message);
    if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
        return failOpen(damagedMessage(m_path, message));
    if (rc != SQLITE_OK)
        return failOpen(Tr::tr("Cannot open the queue database %1: %2").arg(native(m_path), message));
    m_readOnly = readOnly;

    // Per connection; NORMAL is safe in WAL mode (a power cut can lose the last commits,
    // never corrupt the file) and saves an fsync per job update.
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));

    const int version = userVersion(database(), &message);
    if (version < 0)
        return failOpen(damagedMessage(m_path, message));
    if (version > SchemaVersion)
        return failOpen(newerMessage(m_path, version));
    if (version < SchemaVersion) {
        if (m_readOnly)
            return failOpen(Tr::tr("The queue database %1 is read-only and uses an older schema (%2); "
                               "open it once with write access so that it can be upgraded.")
                                .arg(native(m_path))
                                .arg(version));
        if (!migrate(&message))
            return failOpen(message);
    }
    const int ours
        = tableCount(database(), QStringLiteral(" AND name IN ('jobs', 'removed_jobs', 'meta')"));
    if (ours != 3)
        return failOpen(damagedMessage(m_path, Tr::tr("its tables are missing")));
    return true;
}

int JobStore::openConnection(bool readOnly, bool immutable, QString *error)
{
    static QAtomicInteger<quint64> counter;
    closeConnection(); // a failed first attempt (see open()) leaves its connection behind
    // Unique per instance and opened in the calling thread: a connection belongs to its thread.
    m_connection = QStringLiteral("defex-jobstore-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        *error = Tr::tr("the Qt SQLite driver (QSQLITE) is not available");
        return SQLITE_ERROR;
    }
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QStringLiteral("file:")
                           + QString::fromLatin1(QUrl::toPercentEncoding(m_path, "/"))
                           + QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = describe(db.lastError());
        const int rc = primaryCode(db.lastError());
        return rc > 0 ? rc : SQLITE_CANTOPEN;
    }
    // SQLite opens lazily: the first read finds a foreign file or an unopenable WAL.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
        *error = describe(probe.lastError());
        const int rc = primaryCode(probe.lastError());
        return rc > 0 ? rc : SQLITE_ERROR;
    }
    return SQLITE_OK;
}

void JobStore::closeConnection()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool JobStore::migrate(QString *error)
{
    WriteTransaction tx(database());
    if (!tx.isActive()) {
        *error = Tr::tr("Cannot prepare the queue database %1: %2").arg(native(m_path), tx.error());
        return false;
    }
    // Read again under the write lock: another process may have migrated meanwhile.
    QString message;
    const int version = userVersion(database(), &message);
    if (version < 0) {
        *error = damagedMessage(m_path, message);
        return false;
    }
    if (version > SchemaVersion) {
        *error = newerMessage(m_path, version);
        return false;
    }
    if (version == 0 && tableCount(database(), QString()) != 0) {
        *error = damagedMessage(m_path, Tr::tr("it holds other tables"));
        return false;
    }
    if (!jobstore::migrate(database(), version, SchemaVersion, &message) || !tx.commit()) {
        if (message.isEmpty())
            message = tx.error();
        *error = Tr::tr("Cannot prepare the queue database %1: %2").arg(native(m_path), message);
        return false;
    }
    return true;
}

bool JobStore::isOpen() const
{
    return !m_connection.isEmpty() && database().isOpen();
}

QSqlDatabase JobStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool JobStore::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (q.exec(sql))
        return true;
    return fail(describe(q.lastError()));
}

bool JobStore::bump()
{
    QString message;
    return bumpSequence(database(), &message) || fail(message);
}

bool JobStore::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool JobStore::canWrite()
{
    if (!isOpen())
        return fail(notOpenMessage());
    if (m_readOnly)
        return fail(Tr::tr("The queue database %1 is read-only; the change was not saved.")
                        .arg(native(m_path)));
    return true;
}

} // namespace defex
