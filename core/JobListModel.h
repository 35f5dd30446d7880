#pragma once

// The queue's jobs as a table for a view: one row per job (in the order the model learnt of
// them), user text on DisplayRole and raw values on RawRole for sorting and for delegates.
// Follows the queue's batched signals; an update costs O(1) per changed job, whatever the size.

#include "JobSnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace defex {

class ExportQueue;

class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    enum Column {
        Description,
        State,
        Progress,
        Rows,
        Eta,
        Position,
        Format,
        Created,
        Finished,
        Error,
        Count
    };
    Q_ENUM(Column)

    enum Role {
        // Description: QString; State: int(JobState); Progress: int 0-100; Rows: qint64 rows
        // done; Eta: double seconds (-1 unknown); Position: int (0 when not waiting); Format:
        // int(defex::Format); Created/Finished: QDateTime; Error: QString.
        RawRole = Qt::UserRole + 1,
        IdRole, // qint64
        SnapshotRole, // JobSnapshot
        StateRole, // int(JobState)
        OrderRole, // qint64: start order among pending jobs (JobRecord::position)
        OutputRole, // QString: the final file (planned before completion)
        PinnedRole, // bool
    };

    // Shows the queue's jobs as they are now (create it after ExportQueue::open()) and follows
    // its announcements from then on.
    explicit JobListModel(ExportQueue *queue, QObject *parent = nullptr);
    // A model fed by hand (e.g. from a QueueClient whose queue runs in another thread): start
    // with setJobs() and pass the queue's announcements to the slots below.
    explicit JobListModel(QObject *parent = nullptr);
    ~JobListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 id) const; // -1 when unknown
    qint64 idAt(int row) const; // 0 when out of range
    JobSnapshot snapshotAt(int row) const; // with a current queue position

    // Starts over from the queue's current jobs (e.g. after the queue was opened again).
    void reload();
    // Starts over from these jobs.
    void setJobs(const QList<defex::JobSnapshot> &jobs);
    // Texts changed language: every header and cell is read again.
    void retranslate();

    void onJobsAdded(const QList<defex::JobSnapshot> &jobs);
    void onJobsUpdated(const QList<defex::JobSnapshot> &jobs);
    void onJobsRemoved(const QList<qint64> &ids);

    static QString stateText(const JobRecord &job);
    static QString etaText(double seconds);
    // One style of date in every language and list: "4 Dec 2026 10:30" / "4 dec. 2026 10:30"
    // (day first, the month by name, 24 hours), in the default locale, in local time.
    static QString dateTimeText(const QDateTime &time, bool seconds = false);
    static QString dateText(const QDate &date);

private:
    void append(const QList<const JobSnapshot *> &jobs);
    void emitRowsChanged(QList<int> rows);
    void emitPositionsChanged();
    void reindexFrom(int row);
    int currentPosition(const JobSnapshot &job) const;
    QVariant displayData(const JobSnapshot &job, int column) const;
    QVariant rawData(const JobSnapshot &job, int column) const;

    QPointer<ExportQueue> m_queue;
    // Pointers, so that removing rows in the middle moves pointers, not records.
    std::vector<std::unique_ptr<JobSnapshot>> m_rows;
    QHash<qint64, int> m_rowOf;
    // 1-based places of the pending jobs, computed from the rows' records when first asked
    // after a change (the same order the queue starts them in).
    mutable QHash<qint64, int> m_positions;
    mutable bool m_positionsDirty = true;
};

} // namespace defex
