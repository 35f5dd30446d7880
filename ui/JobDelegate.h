#pragma once

// Paints one job row: the progress column as a progress bar with its percentage, the state as
// text with a colour and an icon (never colour alone), and the per-job buttons in the actions
// column (JobFilterProxy::ActionsColumn), followed by the first line of a failed job's error. Clicks on
// a painted button are reported as actionTriggered(); the delegate runs nothing itself.

#include "JobActions.h"

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace defex {

class JobDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDelegate)

public:
    explicit JobDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The buttons the job of `index` (any column of its row) offers now, in painting order.
    static QList<JobAction> actionsFor(const QModelIndex &index);
    // The painted buttons: actionsFor(), except none for a finished job held in the queue.
    static QList<JobAction> buttonsFor(const QModelIndex &index);
    // Where the button of `action` is painted in the cell `option.rect` (the actions column of
    // `index`'s row); empty when the job has no such button.
    QRect buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                     JobAction action) const;
    // The button under `pos` (viewport coordinates), if any.
    bool actionAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos,
                  JobAction *action) const;
    // The width the actions column needs for the widest set of buttons.
    int actionsWidth(const QStyleOptionViewItem &option) const;

    // Hover look of a button (the view tracks the mouse); an invalid index clears it.
    void setHoveredButton(const QModelIndex &index, JobAction action);
    bool hasHoveredButton() const { return m_hovered.isValid(); }
    bool isHovered(const QModelIndex &index, JobAction action) const
    {
        return m_hovered.isValid() && m_hovered == index && m_hoveredAction == action;
    }

signals:
    void actionTriggered(qint64 id, defex::JobAction action);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    struct Button
    {
        JobAction action;
        QRect rect;
    };
    QList<Button> layoutButtons(const QStyleOptionViewItem &option,
                                const QList<JobAction> &actions) const;
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option,
                       const QModelIndex &index) const;
    void paintActions(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;

    QPersistentModelIndex m_hovered;
    JobAction m_hoveredAction = JobAction::Cancel;
    QPersistentModelIndex m_pressed;
    JobAction m_pressedAction = JobAction::Cancel;
};

} // namespace defex
