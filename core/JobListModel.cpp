#include "JobListModel.h"

#include "ExportQueue.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace defex {

namespace {

bool isNumeric(int column)
{
    return column == JobListModel::Progress || column == JobListModel::Rows
        || column == JobListModel::Eta || column == JobListModel::Position;
}

// Whether the places of waiting jobs may differ after `before` became `after`.
bool movesPositions(const JobRecord &before, const JobRecord &after)
{
    const bool wasPending = before.state == JobState::Pending;
    const bool isPending = after.state == JobState::Pending;
    return wasPending != isPending || (isPending && before.position != after.position);
}

// The queue position is left out: the model reads it live (see currentPosition()).
bool sameSnapshot(const JobSnapshot &a, const JobSnapshot &b)
{
    return a.record == b.record && a.rowsPerSecond == b.rowsPerSecond
        && a.etaSeconds == b.etaSeconds;
}

} // namespace

JobListModel::JobListModel(ExportQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    if (!queue)
        return;
    connect(queue, &ExportQueue::jobsAdded, this, &JobListModel::onJobsAdded);
    connect(queue, &ExportQueue::jobsUpdated, this, &JobListModel::onJobsUpdated);
    // Finished jobs come with their update too; an unchanged snapshot costs no signal.
    connect(queue, &ExportQueue::jobsFinished, this, &JobListModel::onJobsUpdated);
    connect(queue, &ExportQueue::jobsRemoved, this, &JobListModel::onJobsRemoved);
    reload();
}

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

JobListModel::~JobListModel() = default;

void JobListModel::reload()
{
    setJobs(m_queue ? m_queue->jobs() : QList<JobSnapshot>());
}

void JobListModel::setJobs(const QList<JobSnapshot> &jobs)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_rows.reserve(size_t(jobs.size()));
    m_rowOf.reserve(jobs.size());
    for (const JobSnapshot &job : jobs) {
        if (m_rowOf.contains(job.record.id))
            continue;
        m_rowOf.insert(job.record.id, int(m_rows.size()));
        m_rows.push_back(std::make_unique<JobSnapshot>(job));
    }
    m_positionsDirty = true;
    endResetModel();
}

void JobListModel::retranslate()
{
    if (Count > 0)
        emit headerDataChanged(Qt::Horizontal, 0, Count - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, Count - 1));
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

int JobListModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

qint64 JobListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)]->record.id : 0;
}

JobSnapshot JobListModel::snapshotAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    JobSnapshot s = *m_rows[size_t(row)];
    s.queuePosition = currentPosition(s);
    return s;
}

int JobListModel::currentPosition(const JobSnapshot &job) const
{
    if (job.record.state != JobState::Pending)
        return 0;
    // The snapshot's own place goes stale when jobs ahead of it start: computed from the rows,
    // which hold every job's state and start order.
    if (m_positionsDirty) {
        std::vector<const JobRecord *> pending;
        for (const auto &row : m_rows) {
            if (row->record.state == JobState::Pending)
                pending.push_back(&row->record);
        }
        std::sort(pending.begin(), pending.end(), [](const JobRecord *a, const JobRecord *b) {
            return a->position != b->position ? a->position < b->position : a->id < b->id;
        });
        m_positions.clear();
        m_positions.reserve(int(pending.size()));
        for (size_t i = 0; i < pending.size(); ++i)
            m_positions.insert(pending[i]->id, int(i) + 1);
        m_positionsDirty = false;
    }
    return m_positions.value(job.record.id);
}

void JobListModel::onJobsAdded(const QList<defex::JobSnapshot> &jobs)
{
    QList<const JobSnapshot *> fresh;
    QList<JobSnapshot> known;
    for (const JobSnapshot &job : jobs) {
        if (m_rowOf.contains(job.record.id))
            known << job; // already there (e.g. from the initial fill): an update
        else
            fresh << &job;
    }
    append(fresh);
    if (!known.isEmpty())
        onJobsUpdated(known);
}

void JobListModel::append(const QList<const JobSnapshot *> &jobs)
{
    QSet<qint64> seen;
    QList<const JobSnapshot *> unique;
    for (const JobSnapshot *job : jobs) {
        if (!seen.contains(job->record.id)) {
            seen.insert(job->record.id);
            unique << job;
        }
    }
    if (unique.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(unique.size()) - 1);
    for (const JobSnapshot *job : std::as_const(unique)) {
        m_rowOf.insert(job->record.id, int(m_rows.size()));
        m_rows.push_back(std::make_unique<JobSnapshot>(*job));
    }
    endInsertRows();
    if (std::any_of(unique.cbegin(), unique.cend(),
                    [](const JobSnapshot *j) { return j->record.state == JobState::Pending; }))
        emitPositionsChanged();
}

void JobListModel::onJobsUpdated(const QList<defex::JobSnapshot> &jobs)
{
    QList<int> changed;
    QList<const JobSnapshot *> unknown;
    bool positions = false;
    changed.reserve(jobs.size());
    for (const JobSnapshot &job : jobs) {
        const auto it = m_rowOf.constFind(job.record.id);
        if (it == m_rowOf.constEnd()) {
            unknown << &job;
            continue;
        }
        JobSnapshot &row = *m_rows[size_t(*it)];
        if (sameSnapshot(row, job))
            continue;
        positions = positions || movesPositions(row.record, job.record);
        row = job;
        changed << *it;
    }
    emitRowsChanged(std::move(changed));
    if (positions)
        emitPositionsChanged();
    append(unknown);
}

void JobListModel::emitRowsChanged(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    const int last = rowCount() - 1;
    // When most rows changed, one signal over everything is cheaper for every view than many.
    if (rows.size() > rowCount() / 2) {
        emit dataChanged(index(0, 0), index(last, Count - 1));
        return;
    }
    std::sort(rows.begin(), rows.end());
    int start = rows.constFirst();
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) <= rows.at(i - 1) + 1)
            continue;
        emit dataChanged(index(start, 0), index(rows.at(i - 1), Count - 1));
        if (i < rows.size())
            start = rows.at(i);
    }
}

void JobListModel::emitPositionsChanged()
{
    m_positionsDirty = true;
    // Every waiting job's place may have moved: one signal for the column, read lazily.
    if (rowCount() > 0)
        emit dataChanged(index(0, Position), index(rowCount() - 1, Position));
}

void JobListModel::onJobsRemoved(const QList<qint64> &ids)
{
    QList<int> rows;
    bool positions = false;
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0) {
            rows << row;
            positions = positions || m_rows[size_t(row)]->record.state == JobState::Pending;
        }
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs from the bottom up, so the rows of the runs still to come keep their place.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int begin = end;
        while (begin > 0 && rows.at(begin - 1) == rows.at(begin) - 1)
            --begin;
        const int first = rows.at(begin);
        const int last = rows.at(end);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rowOf.remove(m_rows[size_t(r)]->record.id);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        end = begin - 1;
    }
    reindexFrom(rows.constFirst());
    if (positions)
        emitPositionsChanged();
}

void JobListModel::reindexFrom(int row)
{
    for (int r = row; r < rowCount(); ++r)
        m_rowOf.insert(m_rows[size_t(r)]->record.id, r);
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobSnapshot &job = *m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(job, index.column());
    case RawRole:
        return rawData(job, index.column());
    case IdRole:
        return job.record.id;
    case SnapshotRole:
        return QVariant::fromValue(snapshotAt(index.row()));
    case StateRole:
        return int(job.record.state);
    case OrderRole:
        return job.record.position;
    case OutputRole:
        return job.record.outputPath;
    case PinnedRole:
        return job.record.pinned;
    case Qt::ToolTipRole:
        if (job.record.state == JobState::Failed && !job.record.error.isEmpty())
            return job.record.error;
        if (index.column() == Description && !job.record.outputPath.isEmpty())
            return QDir::toNativeSeparators(job.record.outputPath);
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter); // an int: what every Qt 6 view reads
        return {};
    default:
        return {};
    }
}

QString JobListModel::stateText(const JobRecord &job)
{
    switch (job.state) {
    case JobState::Pending:
        if (job.notBefore.isValid() && job.notBefore > QDateTime::currentDateTimeUtc())
            return tr("Waiting to retry", "job state");
        return tr("Waiting", "job state");
    case JobState::Running:
        return tr("Running", "job state");
    case JobState::Paused:
        return tr("Paused", "job state");
    case JobState::Completed:
        return tr("Completed", "job state");
    case JobState::Failed:
        return tr("Failed", "job state");
    case JobState::Cancelled:
        return tr("Cancelled", "job state");
    case JobState::Interrupted:
        return tr("Interrupted", "job state");
    }
    return {};
}

QString JobListModel::etaText(double seconds)
{
    if (seconds < 0)
        return {};
    const QLocale locale;
    const qint64 s = qRound64(seconds);
    if (s < 60)
        return tr("%1 s", "seconds left").arg(locale.toString(s));
    if (s < 3600)
        return tr("%1 min %2 s", "time left").arg(locale.toString(s / 60), locale.toString(s % 60));
    return tr("%1 h %2 min", "time left")
        .arg(locale.toString(s / 3600), locale.toString((s % 3600) / 60));
}

QString JobListModel::dateTimeText(const QDateTime &time, bool seconds)
{
    // The locales' own short formats differ in order and length (en_US "12/4/26 10:30 AM",
    // nl "04-12-2026 10:30", C "4 Dec 2026 10:30:09"): a named month is never misread.
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(),
                              seconds ? QStringLiteral("d MMM yyyy HH:mm:ss")
                                      : QStringLiteral("d MMM yyyy HH:mm"));
}

QString JobListModel::dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QVariant JobListModel::displayData(const JobSnapshot &job, int column) const
{
    const JobRecord &r = job.record;
    const QLocale locale;
    switch (column) {
    case Description:
        return r.description.isEmpty() ? QFileInfo(r.outputPath).fileName() : r.description;
    case State:
        return stateText(r);
    case Progress:
        return tr("%1%", "percent done").arg(locale.toString(job.percent()));
    case Rows:
        if (r.rowsTotal > 0)
            return tr("%1 / %2", "rows done / rows in total")
                .arg(locale.toString(r.rowsDone), locale.toString(r.rowsTotal));
        return r.rowsDone > 0 ? locale.toString(r.rowsDone) : QString();
    case Eta:
        if (r.state != JobState::Running || job.etaSeconds < 0)
            return QString();
        {
            const QDateTime done = QDateTime::currentDateTime().addSecs(qint64(job.etaSeconds));
            const QString when = done.date() == QDate::currentDate()
                ? locale.toString(done.time(), QStringLiteral("HH:mm"))
                : dateTimeText(done);
            return tr("%1 (ready at %2)", "time left (clock time when done)")
                .arg(etaText(job.etaSeconds), when);
        }
    case Position: {
        const int position = currentPosition(job);
        return position > 0 ? locale.toString(position) : QString();
    }
    case Format: {
        const QString name = formatName(r.request.format).toUpper();
        return r.request.gzip ? tr("%1, gzip", "file format, compressed").arg(name) : name;
    }
    case Created:
        return dateTimeText(r.createdAt);
    case Finished:
        return dateTimeText(r.finishedAt);
    case Error:
        return r.error.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant JobListModel::rawData(const JobSnapshot &job, int column) const
{
    const JobRecord &r = job.record;
    switch (column) {
    case Description:
        return displayData(job, Description);
    case State:
        return int(r.state);
    case Progress:
        return job.percent();
    case Rows:
        return r.rowsDone;
    case Eta:
        return r.state == JobState::Running ? job.etaSeconds : -1.0;
    case Position:
        return currentPosition(job);
    case Format:
        return int(r.request.format);
    case Created:
        return r.createdAt;
    case Finished:
        return r.finishedAt;
    case Error:
        return r.error;
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Description");
    case State:
        return tr("State", "column: state of a job");
    case Progress:
        return tr("Progress");
    case Rows:
        return tr("Definitions", "column: definitions exported");
    case Eta:
        return tr("Remaining", "column: time left");
    case Position:
        return tr("Position", "column: place in the queue");
    case Format:
        return tr("Format");
    case Created:
        return tr("Created");
    case Finished:
        return tr("Finished");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(IdRole, "jobId");
    names.insert(SnapshotRole, "snapshot");
    names.insert(StateRole, "state");
    names.insert(OrderRole, "order");
    names.insert(OutputRole, "output");
    names.insert(PinnedRole, "pinned");
    return names;
}

} // namespace defex
