#include "JobView.h"

#include "JobDelegate.h"
#include "JobListModel.h"

#include <QContextMenuEvent>
#include <QDrag>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>

namespace defex {

JobView::JobView(JobFilterProxy::Kind kind, QWidget *parent)
    : QTreeView(parent)
    , m_kind(kind)
    , m_delegate(new JobDelegate(this))
{
    setItemDelegate(m_delegate);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true); // 10,000 rows: one height, no per-row measuring
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setMouseTracking(true);     // hover look of the painted buttons
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    if (kind == JobFilterProxy::Kind::Queue) {
        // DragDrop rather than InternalMove: the proxy accepts only its own job ids anyway.
        setDragDropMode(QAbstractItemView::DragDrop);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setDragDropOverwriteMode(false);
        setDefaultDropAction(Qt::MoveAction);
    } else {
        setDragDropMode(QAbstractItemView::DragOnly);
        setDefaultDropAction(Qt::CopyAction);
    }
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(false);
    connect(m_delegate, &JobDelegate::actionTriggered, this,
            [this](qint64 id, JobAction action) { emit actionRequested(action, id); });
    retranslate();
}

void JobView::retranslate()
{
    if (m_kind == JobFilterProxy::Kind::Queue) {
        setAccessibleName(tr("Export queue"));
        setAccessibleDescription(
            tr("Running, paused and waiting exports in the order they run. Delete cancels the "
               "selected exports, Enter shows details, the context menu has every action."));
    } else {
        setAccessibleName(tr("Finished exports"));
        setAccessibleDescription(
            tr("Completed, failed and cancelled exports. Delete removes the selected exports "
               "from the list, Enter shows details, the context menu has every action."));
    }
}

QStyleOptionViewItem JobView::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

QRect JobView::actionButtonRect(const QModelIndex &index, JobAction action) const
{
    if (!index.isValid())
        return {};
    const QModelIndex cell = index.siblingAtColumn(JobFilterProxy::ActionsColumn);
    return m_delegate->buttonRect(optionFor(cell), cell, action);
}

void JobView::startDrag(Qt::DropActions supportedActions)
{
    QModelIndexList rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        if (model()->flags(index) & Qt::ItemIsDragEnabled)
            rows << index;
    }
    if (rows.isEmpty())
        return;
    QMimeData *mime = model()->mimeData(rows);
    if (!mime)
        return;
    if (m_kind == JobFilterProxy::Kind::History && !mime->hasUrls()) {
        delete mime; // nothing a file manager could take
        return;
    }
    // Our own drag, not QAbstractItemView's: after a move it would try to remove the rows.
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    const Qt::DropAction preferred =
        m_kind == JobFilterProxy::Kind::Queue ? Qt::MoveAction : Qt::CopyAction;
    drag->exec(supportedActions | preferred, preferred);
}

void JobView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Delete:
        if (selectionModel() && selectionModel()->hasSelection()) {
            emit deleteRequested();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentIndex().isValid()) {
            emit detailsRequested(
                currentIndex().siblingAtColumn(0).data(JobListModel::IdRole).toLongLong());
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QTreeView::keyPressEvent(event);
}

QMenu *JobView::createContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    if (!index.isValid())
        return menu;
    const QModelIndex first = index.siblingAtColumn(0);
    const qint64 id = first.data(JobListModel::IdRole).toLongLong();
    const auto state = JobState(first.data(JobListModel::StateRole).toInt());

    menu->addAction(tr("Details"), this, [this, id] { emit detailsRequested(id); });
    menu->addSeparator();
    const QList<JobAction> actions = JobDelegate::actionsFor(first);
    for (JobAction action : actions) {
        QAction *a = menu->addAction(jobActionText(action), this,
                                     [this, action, id] { emit actionRequested(action, id); });
        a->setToolTip(jobActionToolTip(action));
        a->setStatusTip(jobActionToolTip(action));
        a->setData(int(action));
    }
    if (m_kind == JobFilterProxy::Kind::Queue && state == JobState::Pending) {
        menu->addSeparator();
        const struct
        {
            JobStore::Move where;
            QString text;
        } moves[] = {
            {JobStore::Move::Top, tr("Move to top")},
            {JobStore::Move::Up, tr("Move up")},
            {JobStore::Move::Down, tr("Move down")},
            {JobStore::Move::Bottom, tr("Move to bottom")},
        };
        for (const auto &move : moves) {
            const JobStore::Move where = move.where;
            menu->addAction(move.text, this, [this, where] { emit moveRequested(where); });
        }
    }
    menu->addSeparator();
    const bool pinned = first.data(JobListModel::PinnedRole).toBool();
    QAction *pin = menu->addAction(tr("Keep (exempt from cleanup)"), this,
                                   [this, id, pinned] { emit pinRequested(id, !pinned); });
    pin->setCheckable(true);
    pin->setChecked(pinned);
    return menu;
}

void JobView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index = event->reason() == QContextMenuEvent::Keyboard ? currentIndex()
                                                                       : indexAt(event->pos());
    if (!index.isValid())
        return;
    if (!selectionModel()->isRowSelected(index.row(), index.parent()))
        setCurrentIndex(index);
    QMenu *menu = createContextMenu(index);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void JobView::mouseMoveEvent(QMouseEvent *event)
{
    QTreeView::mouseMoveEvent(event);
    updateHover(event->position().toPoint());
}

void JobView::leaveEvent(QEvent *event)
{
    QTreeView::leaveEvent(event);
    if (m_delegate->hasHoveredButton()) {
        m_delegate->setHoveredButton({}, JobAction::Cancel);
        viewport()->update();
    }
}

// The queue keeps finished rows in place while the pointer is over the list, as download lists
// do; when it leaves (or the list is hidden) they go.
bool JobView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Enter)
        holdRows(true);
    else if (event->type() == QEvent::Leave)
        holdRows(false);
    return QTreeView::viewportEvent(event);
}

void JobView::hideEvent(QHideEvent *event)
{
    holdRows(false);
    QTreeView::hideEvent(event);
}

void JobView::holdRows(bool hold)
{
    if (auto *proxy = qobject_cast<JobFilterProxy *>(model()))
        proxy->setHolding(hold && m_kind == JobFilterProxy::Kind::Queue);
}

void JobView::updateHover(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    JobAction action = JobAction::Cancel;
    const bool over = index.isValid() && index.column() == JobFilterProxy::ActionsColumn
        && m_delegate->actionAt(optionFor(index), index, pos, &action);
    if (!over && !m_delegate->hasHoveredButton())
        return;
    if (over && m_delegate->isHovered(index, action))
        return; // still the same button: no repaint
    m_delegate->setHoveredButton(over ? index : QModelIndex(), action);
    viewport()->update();
}

} // namespace defex
