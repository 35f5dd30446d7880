#pragma once

// The list of one job panel: a flat tree view whose rows JobDelegate paints. Drags out completed
// jobs' files (history) or reorders waiting jobs (queue); Delete, Enter and a context menu with
// every action that applies. It reports what the user asked for; JobPanel carries it out.

#include "JobActions.h"
#include "JobFilterProxy.h"
#include "JobStore.h"

#include <QTreeView>

class QMenu;

namespace defex {

class JobDelegate;

class JobView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobView)

public:
    explicit JobView(JobFilterProxy::Kind kind, QWidget *parent = nullptr);

    JobFilterProxy::Kind kind() const { return m_kind; }
    JobDelegate *jobDelegate() const { return m_delegate; }

    // Where the painted button of `action` is in the row of `index`, in viewport coordinates
    // (empty when that job has no such button); for tests and for accessibility tools.
    QRect actionButtonRect(const QModelIndex &index, JobAction action) const;
    // The context menu for the row of `index` and the selection (caller owns it).
    QMenu *createContextMenu(const QModelIndex &index);
    void retranslate();

signals:
    void actionRequested(defex::JobAction action, qint64 id);
    // Delete on the selection: cancel (queue) or remove (history).
    void deleteRequested();
    void detailsRequested(qint64 id);
    void moveRequested(defex::JobStore::Move where);
    void pinRequested(qint64 id, bool pinned);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    void updateHover(const QPoint &pos);
    void holdRows(bool hold);

    JobFilterProxy::Kind m_kind;
    JobDelegate *m_delegate;
};

} // namespace defex
