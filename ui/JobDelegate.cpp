#include "JobDelegate.h"

#include "JobFilterProxy.h"
#include "JobListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileInfo>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionProgressBar>
#include <QToolTip>

namespace defex {

namespace {

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Colours that keep enough contrast on light and on dark bases; the state's text and icon carry
// the meaning, the colour only helps.
QColor stateColour(JobState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case JobState::Failed:
        return dark ? QColor(255, 130, 120) : QColor(176, 20, 20);
    case JobState::Completed:
        return dark ? QColor(120, 220, 130) : QColor(20, 110, 40);
    case JobState::Paused:
    case JobState::Cancelled: {
        // Greyed, but with enough contrast to read (not the disabled colour).
        const QColor text = palette.color(QPalette::Text);
        const QColor base = palette.color(QPalette::Base);
        return QColor((text.red() * 3 + base.red() * 2) / 5, (text.green() * 3 + base.green() * 2) / 5,
                      (text.blue() * 3 + base.blue() * 2) / 5);
    }
    default:
        return {};
    }
}

QIcon stateIcon(JobState state, const QStyle *style)
{
    switch (state) {
    case JobState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case JobState::Completed:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case JobState::Paused:
        return style->standardIcon(QStyle::SP_MediaPause);
    case JobState::Running:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case JobState::Cancelled:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    default:
        return {};
    }
}

JobState stateOf(const QModelIndex &index)
{
    return JobState(index.siblingAtColumn(0).data(JobListModel::StateRole).toInt());
}

qint64 idOf(const QModelIndex &index)
{
    return index.siblingAtColumn(0).data(JobListModel::IdRole).toLongLong();
}

// Everything scales with the font, so a 200% font or screen stays readable.
int buttonHeight(const QFontMetrics &fm)
{
    return fm.height() + fm.height() / 2;
}

int rowHeight(const QFontMetrics &fm)
{
    return buttonHeight(fm) + fm.height() / 3 + 2;
}

int spacing(const QFontMetrics &fm)
{
    return qMax(2, fm.averageCharWidth() / 2);
}

void updateCell(const QStyleOptionViewItem &option)
{
    if (auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        view->viewport()->update(option.rect);
}

} // namespace

JobDelegate::JobDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QList<JobAction> JobDelegate::buttonsFor(const QModelIndex &index)
{
    // A job that finished under the pointer keeps its row in the queue for a moment (see
    // JobFilterProxy::setHolding): no buttons there, so a click meant for its Pause button
    // cannot turn into "Remove" or "Save as…".
    auto *proxy = qobject_cast<const JobFilterProxy *>(index.model());
    if (proxy && proxy->kind() == JobFilterProxy::Kind::Queue && isFinishedState(stateOf(index)))
        return {};
    return actionsFor(index);
}

QList<JobAction> JobDelegate::actionsFor(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    JobRecord job; // availableActions() reads the state only: no snapshot copy per paint
    job.state = stateOf(index);
    bool exists = false;
    if (job.state == JobState::Completed) {
        if (auto *proxy = qobject_cast<const JobFilterProxy *>(index.model())) {
            exists = proxy->fileExists(index);
        } else {
            const QString path = index.siblingAtColumn(0).data(JobListModel::OutputRole).toString();
            exists = !path.isEmpty() && QFileInfo(path).isFile();
        }
    }
    return availableActions(job, exists);
}

void JobDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const JobState state = stateOf(index);
    if (index.column() == JobListModel::State) {
        const QIcon icon = stateIcon(state, styleOf(*option));
        if (!icon.isNull()) {
            option->icon = icon;
            option->features |= QStyleOptionViewItem::HasDecoration;
            const int side = option->fontMetrics.height();
            option->decorationSize = QSize(side, side);
        }
    }
    if (index.column() == JobListModel::State || index.column() == JobListModel::Error) {
        const QColor colour = stateColour(state, option->palette);
        if (colour.isValid()) {
            option->palette.setColor(QPalette::Text, colour);
            option->palette.setColor(QPalette::WindowText, colour);
        }
    }
}

void JobDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    if (index.column() == JobListModel::Progress)
        paintProgress(painter, option, index);
    else if (index.column() == JobFilterProxy::ActionsColumn)
        paintActions(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void JobDelegate::paintProgress(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    QStyle *style = styleOf(option);
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);

    const QFontMetrics &fm = option.fontMetrics;
    QStyleOptionProgressBar bar;
    bar.direction = option.direction;
    bar.fontMetrics = fm;
    bar.palette = option.palette;
    const int margin = spacing(fm);
    const int height = qMin(option.rect.height() - 2, fm.height() + fm.height() / 3);
    bar.rect = QRect(option.rect.left() + margin, option.rect.center().y() - height / 2 + 1,
                     option.rect.width() - 2 * margin, height);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = qBound(0, index.data(JobListModel::RawRole).toInt(), 100);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    // Qt 6 needs State_Horizontal; a paused job's bar looks inactive (its state says why).
    bar.state = QStyle::State_Horizontal;
    if (stateOf(index) != JobState::Paused)
        bar.state |= option.state & QStyle::State_Enabled;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QList<JobDelegate::Button> JobDelegate::layoutButtons(const QStyleOptionViewItem &option,
                                                      const QList<JobAction> &actions) const
{
    QList<Button> buttons;
    const QFontMetrics &fm = option.fontMetrics;
    const QStyle *style = styleOf(option);
    const int pad = fm.averageCharWidth() + style->pixelMetric(QStyle::PM_DefaultFrameWidth);
    const int gap = spacing(fm);
    const int height = qMin(option.rect.height() - 2, buttonHeight(fm));
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    // From the cell's left edge: the buttons of every row line up, and they stay in sight
    // however wide the stretched last column gets.
    int left = option.rect.left() + gap;
    for (JobAction action : actions) {
        const int width = fm.horizontalAdvance(jobActionText(action)) + 2 * pad;
        buttons.append(Button{action, QRect(left, top, width, height)});
        left += width + gap;
    }
    return buttons;
}

int JobDelegate::actionsWidth(const QStyleOptionViewItem &option) const
{
    // The widest set a job can have.
    const QList<QList<JobAction>> sets = {
        {JobAction::SaveAs, JobAction::OpenFolder, JobAction::Remove},
        {JobAction::Pause, JobAction::Cancel},
        {JobAction::Resume, JobAction::Cancel},
        {JobAction::Retry, JobAction::Remove},
    };
    int widest = 0;
    for (const QList<JobAction> &set : sets) {
        const QList<Button> buttons = layoutButtons(option, set);
        if (!buttons.isEmpty())
            widest = qMax(widest, buttons.constLast().rect.right() - option.rect.left() + 1);
    }
    return widest + spacing(option.fontMetrics);
}

void JobDelegate::paintActions(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    QStyle *style = styleOf(option);
    const QList<Button> buttons = layoutButtons(option, buttonsFor(index));

    // The cell's background over its whole width; the error's first line after the buttons
    // (every failed job has the same ones, so the errors line up).
    const QString text = cell.text;
    cell.text.clear();
    cell.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
    if (!text.isEmpty()) {
        cell.text = text;
        if (!buttons.isEmpty())
            cell.rect.setLeft(buttons.constLast().rect.right() + 2 * spacing(option.fontMetrics));
        cell.state &= ~QStyle::State_HasFocus;
        cell.backgroundBrush = Qt::NoBrush;
        if (cell.rect.width() > 0)
            style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
    }

    for (const Button &b : buttons) {
        QStyleOptionButton button;
        button.direction = option.direction;
        button.fontMetrics = option.fontMetrics;
        button.palette = option.palette;
        button.rect = b.rect;
        button.text = jobActionText(b.action);
        button.state = option.state & QStyle::State_Enabled;
        const bool hovered = m_hovered == index.siblingAtColumn(JobFilterProxy::ActionsColumn)
            && m_hoveredAction == b.action;
        const bool pressed = m_pressed == index.siblingAtColumn(JobFilterProxy::ActionsColumn)
            && m_pressedAction == b.action;
        if (hovered)
            button.state |= QStyle::State_MouseOver;
        button.state |= pressed ? QStyle::State_Sunken : QStyle::State_Raised;
        painter->save();
        painter->setFont(option.font);
        style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
        painter->restore();
    }
}

QSize JobDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics &fm = option.fontMetrics;
    size.setHeight(qMax(size.height(), rowHeight(fm)));
    if (index.column() == JobFilterProxy::ActionsColumn)
        size.setWidth(qMax(size.width(), actionsWidth(option)));
    else if (index.column() == JobListModel::Progress)
        size.setWidth(qMax(size.width(), fm.horizontalAdvance(QStringLiteral("100%")) * 3));
    return size;
}

QRect JobDelegate::buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                              JobAction action) const
{
    const QList<Button> buttons = layoutButtons(option, buttonsFor(index));
    for (const Button &b : buttons) {
        if (b.action == action)
            return b.rect;
    }
    return {};
}

bool JobDelegate::actionAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                           const QPoint &pos, JobAction *action) const
{
    if (!index.isValid() || index.column() != JobFilterProxy::ActionsColumn)
        return false;
    const QList<Button> buttons = layoutButtons(option, buttonsFor(index));
    for (const Button &b : buttons) {
        if (b.rect.contains(pos)) {
            if (action)
                *action = b.action;
            return true;
        }
    }
    return false;
}

void JobDelegate::setHoveredButton(const QModelIndex &index, JobAction action)
{
    m_hovered = index;
    m_hoveredAction = action;
}

bool JobDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                              const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease
        && type != QEvent::MouseButtonDblClick)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    auto *mouse = static_cast<QMouseEvent *>(event);
    JobAction action = JobAction::Cancel;
    const bool onButton = mouse->button() == Qt::LeftButton
        && actionAt(option, index, mouse->position().toPoint(), &action);
    if (type == QEvent::MouseButtonPress) {
        if (!onButton)
            return false;
        m_pressed = index;
        m_pressedAction = action;
        updateCell(option);
        return true; // a button press neither selects the row nor starts a drag
    }
    if (type == QEvent::MouseButtonDblClick)
        return onButton;
    const bool wasPressed = m_pressed.isValid() && m_pressed == index && m_pressedAction == action;
    const bool anyPressed = m_pressed.isValid();
    m_pressed = QPersistentModelIndex();
    updateCell(option);
    if (onButton && wasPressed) {
        emit actionTriggered(idOf(index), action);
        return true;
    }
    return anyPressed;
}

bool JobDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                            const QStyleOptionViewItem &option, const QModelIndex &index)
{
    JobAction action = JobAction::Cancel;
    if (event && event->type() == QEvent::ToolTip && actionAt(option, index, event->pos(), &action)) {
        QToolTip::showText(event->globalPos(), jobActionToolTip(action), view,
                           buttonRect(option, index, action));
        return true;
    }
    // Elsewhere the model's tooltip: a failed job's full error, a completed job's file.
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace defex
