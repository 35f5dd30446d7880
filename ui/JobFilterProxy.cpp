#include "JobFilterProxy.h"

#include "JobRecord.h"

#include <QDataStream>
#include <QDateTime>
#include <QFileInfo>
#include <QIODevice>
#include <QMimeData>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace defex {

namespace {

constexpr qint64 FileCheckMaxAgeMs = 3000;

bool isQueueState(JobState s)
{
    return s == JobState::Pending || s == JobState::Running || s == JobState::Paused
        || s == JobState::Interrupted;
}

// Running first, then paused (they hold a checkpoint and come back first), then waiting ones.
int queueRank(JobState s)
{
    switch (s) {
    case JobState::Running:
        return 0;
    case JobState::Paused:
        return 1;
    case JobState::Interrupted:
        return 2;
    default:
        return 3;
    }
}

JobState stateOf(const QModelIndex &sourceIndex)
{
    return JobState(sourceIndex.siblingAtColumn(0).data(JobListModel::StateRole).toInt());
}

qint64 idOf(const QModelIndex &sourceIndex)
{
    return sourceIndex.siblingAtColumn(0).data(JobListModel::IdRole).toLongLong();
}

QByteArray encodeIds(const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    return bytes;
}

QList<qint64> decodeIds(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QLatin1String(JobFilterProxy::JobIdsMimeType)))
        return ids;
    QDataStream in(data->data(QLatin1String(JobFilterProxy::JobIdsMimeType)));
    in >> ids;
    if (in.status() != QDataStream::Ok)
        ids.clear();
    return ids;
}

int compareVariants(const QVariant &a, const QVariant &b)
{
    switch (a.typeId()) {
    case QMetaType::QString:
        return a.toString().localeAwareCompare(b.toString());
    case QMetaType::QDateTime: {
        // Jobs without a time sort as the oldest.
        const qint64 x = a.toDateTime().isValid() ? a.toDateTime().toMSecsSinceEpoch() : -1;
        const qint64 y = b.toDateTime().isValid() ? b.toDateTime().toMSecsSinceEpoch() : -1;
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case QMetaType::Double: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    default: {
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    }
}

} // namespace

JobFilterProxy::JobFilterProxy(Kind kind, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_kind(kind)
{
    setDynamicSortFilter(true);
    setSortRole(JobListModel::RawRole);
    // The queue has one fixed order; the history starts newest first.
    if (kind == Kind::Queue)
        sort(0, Qt::AscendingOrder);
    else
        sort(JobListModel::Finished, Qt::DescendingOrder);
}

void JobFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_files.clear();
    m_held.clear();
    m_lastKey.clear();
    // Before the base class connects: a row that finishes is marked held while it still has
    // its place, before the proxy filters it.
    if (model && m_kind == Kind::Queue)
        m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                       &JobFilterProxy::holdFinishing);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                   &JobFilterProxy::forgetFiles)
                        << connect(model, &QAbstractItemModel::dataChanged, this,
                                   &JobFilterProxy::scheduleOrderCheck)
                        << connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                   [this] {
                                       m_held.clear();
                                       m_lastKey.clear();
                                   })
                        << connect(model, &QAbstractItemModel::modelReset, this,
                                   &JobFilterProxy::invalidateFiles);
}

void JobFilterProxy::forgetFiles(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_files.isEmpty())
        return;
    if (bottomRight.row() - topLeft.row() > m_files.size()) {
        m_files.clear();
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_files.remove(idOf(sourceModel()->index(row, 0)));
}

// QSortFilterProxyModel places each changed row by a binary search among the others as each
// dataChanged() arrives. When one batch of the queue changes the sort keys of rows in several
// separate ranges, the rows of the later ranges still sit at their old places during the first
// search, which can then put a row in the wrong place for good. So once a batch is through (the
// next turn of the event loop), one linear pass checks the order and re-sorts only when needed.
void JobFilterProxy::scheduleOrderCheck()
{
    if (m_orderCheckPending)
        return;
    m_orderCheckPending = true;
    QMetaObject::invokeMethod(this, &JobFilterProxy::checkOrder, Qt::QueuedConnection);
}

void JobFilterProxy::setHolding(bool hold)
{
    if (m_kind != Kind::Queue || hold == m_holding)
        return;
    m_holding = hold;
    if (hold)
        return;
    const bool resort = m_rankFrozen;
    m_rankFrozen = false;
    const bool refilter = !m_held.isEmpty();
    for (qint64 id : std::as_const(m_held))
        m_lastKey.remove(id);
    m_held.clear();
    if (resort)
        invalidate(); // the rows that kept their place go where their state puts them
    else if (refilter)
        invalidateFilter();
}

void JobFilterProxy::holdFinishing(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_holding || topLeft.column() > 0)
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex source = sourceModel()->index(row, 0);
        if (!isFinishedState(stateOf(source)))
            continue;
        const qint64 id = idOf(source);
        // Only a row shown now keeps its place (mapFromSource is safe here: the proxy has not
        // seen this change yet).
        if (!m_held.contains(id) && mapFromSource(source).isValid())
            m_held.insert(id);
    }
}

JobFilterProxy::SortKey JobFilterProxy::sortKey(const QModelIndex &sourceIndex) const
{
    const JobState state = stateOf(sourceIndex);
    const qint64 id = idOf(sourceIndex);
    if (!isQueueState(state))
        return m_lastKey.value(id); // held: where it was
    SortKey key;
    key.rank = queueRank(state);
    // While the pointer is over the list, a row whose state changes (started, paused, resumed)
    // keeps its place too, until it leaves; a new order among the waiting ones (the user's own
    // drag or move) still applies at once.
    if (m_holding) {
        const auto last = m_lastKey.constFind(id);
        if (last != m_lastKey.cend() && last->rank != key.rank) {
            m_rankFrozen = true;
            if (last->rank != 3)
                return *last;
            key.rank = 3;
        }
    }
    if (key.rank == 3)
        key.order = sourceIndex.siblingAtColumn(0).data(JobListModel::OrderRole).toLongLong();
    m_lastKey.insert(id, key);
    return key;
}

void JobFilterProxy::checkOrder()
{
    m_orderCheckPending = false;
    const int column = sortColumn();
    if (column < 0 || !sourceModel())
        return;
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    QModelIndex previous;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex current = mapToSource(index(row, column));
        if (previous.isValid()
            && (ascending ? lessThan(current, previous) : lessThan(previous, current))) {
            invalidate();
            return;
        }
        previous = current;
    }
}

void JobFilterProxy::invalidateFiles()
{
    m_files.clear();
}

void JobFilterProxy::setStateFilter(int state)
{
    if (state == m_stateFilter)
        return;
    m_stateFilter = state;
    invalidateFilter();
}

void JobFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

QVariant JobFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == ActionsColumn && role == Qt::DisplayRole)
        return m_kind == Kind::Queue ? tr("Actions", "column of per-job buttons")
                                     : tr("Actions and error", "column of per-job buttons and the error message");
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

qint64 JobFilterProxy::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return index(row, 0).data(JobListModel::IdRole).toLongLong();
}

int JobFilterProxy::rowOfId(qint64 id) const
{
    auto *model = qobject_cast<JobListModel *>(sourceModel());
    if (model) {
        const int sourceRow = model->rowOf(id);
        if (sourceRow < 0)
            return -1;
        return mapFromSource(model->index(sourceRow, 0)).row();
    }
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

QList<qint64> JobFilterProxy::ids() const
{
    QList<qint64> all;
    all.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        all << idAt(row);
    return all;
}

bool JobFilterProxy::fileExists(const QModelIndex &index) const
{
    if (!index.isValid())
        return false;
    const QModelIndex first = index.siblingAtColumn(0);
    if (JobState(first.data(JobListModel::StateRole).toInt()) != JobState::Completed)
        return false;
    const qint64 id = first.data(JobListModel::IdRole).toLongLong();
    const QString path = first.data(JobListModel::OutputRole).toString();
    if (path.isEmpty())
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto it = m_files.find(id);
    if (it == m_files.end() || it->path != path || now - it->checkedAt > FileCheckMaxAgeMs) {
        const QFileInfo info(path);
        it = m_files.insert(id, FileCheck{path, now, info.isFile()});
    }
    return it->exists;
}

bool JobFilterProxy::isPending(const QModelIndex &proxyIndex) const
{
    return JobState(proxyIndex.siblingAtColumn(0).data(JobListModel::StateRole).toInt())
        == JobState::Pending;
}

Qt::ItemFlags JobFilterProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        // Drops between rows land on the root.
        return m_kind == Kind::Queue ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (m_kind == Kind::Queue) {
        // Not drop-enabled on the row itself: the view then offers only "above" or "below".
        if (isPending(index))
            f |= Qt::ItemIsDragEnabled;
    } else if (fileExists(index)) {
        f |= Qt::ItemIsDragEnabled;
    }
    return f;
}

QStringList JobFilterProxy::mimeTypes() const
{
    return {QLatin1String(JobIdsMimeType), QStringLiteral("text/uri-list")};
}

QMimeData *JobFilterProxy::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows << index.row();
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    QList<QUrl> urls;
    for (int row : std::as_const(rows)) {
        const QModelIndex first = index(row, 0);
        ids << first.data(JobListModel::IdRole).toLongLong();
        if (JobState(first.data(JobListModel::StateRole).toInt()) != JobState::Completed)
            continue;
        // Checked now, not from the cache: a drag must never name a file that is gone.
        const QFileInfo file(first.data(JobListModel::OutputRole).toString());
        if (!file.filePath().isEmpty() && file.isFile())
            urls << QUrl::fromLocalFile(file.absoluteFilePath());
    }
    auto *data = new QMimeData;
    data->setData(QLatin1String(JobIdsMimeType), encodeIds(ids));
    if (!urls.isEmpty())
        data->setUrls(urls);
    return data;
}

Qt::DropActions JobFilterProxy::supportedDragActions() const
{
    return m_kind == Kind::Queue ? Qt::MoveAction : Qt::CopyAction;
}

Qt::DropActions JobFilterProxy::supportedDropActions() const
{
    return m_kind == Kind::Queue ? Qt::MoveAction : Qt::IgnoreAction;
}

bool JobFilterProxy::canDropMimeData(const QMimeData *data, Qt::DropAction action, int,
                                     int, const QModelIndex &) const
{
    if (m_kind != Kind::Queue || action != Qt::MoveAction)
        return false;
    const QList<qint64> dragged = decodeIds(data);
    if (dragged.isEmpty())
        return false;
    // Only waiting jobs this panel shows can move.
    for (qint64 id : dragged) {
        const int row = rowOfId(id);
        if (row < 0 || !isPending(index(row, 0)))
            return false;
    }
    return true;
}

bool JobFilterProxy::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                  int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped onto a row (not between two): before it.
    if (row < 0 && parent.isValid())
        row = parent.row();
    if (row < 0 || row > rowCount())
        row = rowCount();

    const QList<qint64> draggedIds = decodeIds(data);
    const QSet<qint64> dragged(draggedIds.cbegin(), draggedIds.cend());
    QList<qint64> pending;     // in the order shown, which is the start order
    QList<qint64> moving;      // the dragged ones, in that order too
    qint64 anchor = 0;         // the first waiting job at or below the drop that stays put
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex first = index(r, 0);
        if (!isPending(first))
            continue;
        const qint64 id = first.data(JobListModel::IdRole).toLongLong();
        pending << id;
        if (dragged.contains(id))
            moving << id;
        else if (r >= row && anchor == 0)
            anchor = id;
    }
    QList<qint64> order;
    order.reserve(pending.size());
    for (qint64 id : std::as_const(pending)) {
        if (id == anchor)
            order << moving;
        if (!dragged.contains(id))
            order << id;
    }
    if (anchor == 0)
        order << moving;
    if (order != pending)
        emit reorderRequested(order);
    return true;
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const JobState state = JobState(first.data(JobListModel::StateRole).toInt());
    if (m_kind == Kind::Queue)
        return isQueueState(state) || (m_holding && m_held.contains(idOf(first)));
    if (!isFinishedState(state))
        return false;
    if (m_stateFilter >= 0 && int(state) != m_stateFilter)
        return false;
    if (m_search.isEmpty())
        return true;
    return first.data(JobListModel::RawRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool JobFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_kind == Kind::Queue) {
        const SortKey a = sortKey(left);
        const SortKey b = sortKey(right);
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.rank == 3 && a.order != b.order)
            return a.order < b.order;
        return idOf(left) < idOf(right);
    }
    const int c = compareVariants(left.data(JobListModel::RawRole), right.data(JobListModel::RawRole));
    if (c != 0)
        return c < 0;
    // Equal values: the newer job first in a descending sort, stable either way.
    return idOf(left) < idOf(right);
}

} // namespace defex
