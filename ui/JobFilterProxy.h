#pragma once

// The jobs one panel shows: the queue panel's active jobs in running order (running, paused,
// then pending by start order), or the history's finished jobs (newest first unless sorted
// otherwise) with a state filter and a search text. Supplies the drag data: job ids for
// reordering inside the queue and file URLs of completed jobs whose files exist.

#include "JobListModel.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

namespace defex {

class JobFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxy)

public:
    enum class Kind { Queue, History };
    static constexpr const char *JobIdsMimeType = "application/x-definitie-export-job-ids";

    explicit JobFilterProxy(Kind kind, QObject *parent = nullptr);

    // The per-job buttons are painted in the model's last column, Error (see JobDelegate),
    // rather than in a column added here: a QSortFilterProxyModel maps the source's columns
    // one to one, and the window maps our indexes straight to JobListModel's. The last column
    // stretches, so it has room: in the queue it holds only the buttons (failed jobs live in
    // the history); in the history the buttons come first, then the error's first line (the
    // full text on hover). Its header says so, and sorting by it sorts by the error.
    static constexpr int ActionsColumn = JobListModel::Error;

    Kind kind() const { return m_kind; }
    void setStateFilter(int state);           // history: -1 = every finished state
    int stateFilter() const { return m_stateFilter; }
    void setSearchText(const QString &text);  // case-insensitive, in the description

    // Queue: while held (the pointer is over the list), a job that finishes keeps its row and
    // place, so the rows under the pointer do not move and a click meant for one job cannot hit
    // its neighbour; released, the finished ones leave (one filter pass, no re-sort).
    void setHolding(bool hold);
    bool isHolding() const { return m_holding; }

    void setSourceModel(QAbstractItemModel *model) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;                     // 0 when out of range
    int rowOfId(qint64 id) const;                   // -1 when not shown
    QList<qint64> ids() const;                      // every shown id, in order
    // Whether a completed job's file exists, from a cache that is refreshed when the job changes
    // and after a few seconds (paints and flags ask this for every visible row).
    bool fileExists(const QModelIndex &index) const;
    void invalidateFiles();

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // A drop in the queue panel: the complete new order of the pending jobs.
    void reorderRequested(const QList<qint64> &pendingIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool isPending(const QModelIndex &proxyIndex) const;
    void forgetFiles(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void scheduleOrderCheck();
    void checkOrder();

    // Where a queue row sorts: its rank (running, paused, interrupted, waiting) and, waiting,
    // its start order. A held finished row keeps the last key it had while active.
    struct SortKey
    {
        int rank = 4;
        qint64 order = 0;
    };
    SortKey sortKey(const QModelIndex &sourceIndex) const;
    void holdFinishing(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    struct FileCheck
    {
        QString path;
        qint64 checkedAt = 0; // ms since epoch
        bool exists = false;
    };

    Kind m_kind;
    mutable QHash<qint64, FileCheck> m_files;
    bool m_orderCheckPending = false;
    QList<QMetaObject::Connection> m_sourceConnections;
    int m_stateFilter = -1;
    bool m_holding = false;
    QSet<qint64> m_held; // finished jobs kept in place while holding
    mutable QHash<qint64, SortKey> m_lastKey; // queue rows' keys as last sorted
    mutable bool m_rankFrozen = false;         // a row kept its place while holding
    QString m_search;
};

} // namespace defex
