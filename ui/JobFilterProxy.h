#pragma once

// The jobs one panel shows: the queue panel's active jobs in running order (running, paused,
// then pending by start order), or the history's finished jobs (newest first unless sorted
// otherwise) with a state filter and a search text. Supplies the drag data: job ids for
// reordering inside the queue and file URLs of completed jobs whose files exist.

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

    Kind kind() const { return m_kind; }
    void setStateFilter(int state);           // history: -1 = every finished state
    int stateFilter() const { return m_stateFilter; }
    void setSearchText(const QString &text);  // case-insensitive, in the description

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
    Kind m_kind;
    int m_stateFilter = -1;
    QString m_search;
};

} // namespace defex
