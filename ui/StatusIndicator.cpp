#include "StatusIndicator.h"

#include "JobListModel.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionFocusRect>

#include <algorithm>
#include <iterator>

namespace defex {

StatusIndicator::StatusIndicator(JobListModel *model, QWidget *parent)
    : QAbstractButton(parent)
    , m_model(model)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Counted in the same signals that repaint the rows, so the header never shows other
    // numbers than the rows below it (a throttled recount lagged them by a fifth of a second,
    // several percent of a fast export, and showed a finished job's 100% meanwhile).
    connect(model, &QAbstractItemModel::dataChanged, this, &StatusIndicator::onRowsChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &StatusIndicator::onRowsInserted);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &StatusIndicator::onRowsAboutToBeRemoved);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StatusIndicator::publish);
    connect(model, &QAbstractItemModel::modelReset, this, &StatusIndicator::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &StatusIndicator::refresh);
    refresh();
}

StatusIndicator::Entry StatusIndicator::entryAt(int row) const
{
    Entry e;
    e.state = JobState(m_model->index(row, 0).data(JobListModel::StateRole).toInt());
    if (e.state == JobState::Running) {
        const JobRecord r = m_model->snapshotAt(row).record;
        // As the row's own percentage counts them (JobSnapshot::percent()).
        e.total = qMax<qint64>(0, r.rowsTotal);
        e.done = e.total > 0 ? qBound<qint64>(0, r.rowsDone, e.total) : 0;
    }
    return e;
}

void StatusIndicator::add(const Entry &e, int sign)
{
    m_states[int(e.state)] += sign;
    if (e.state == JobState::Running) {
        m_runningDone += sign * e.done;
        m_runningTotal += sign * e.total;
        if (e.total <= 0 || e.done < e.total)
            m_runningBelowFull += sign;
    }
}

void StatusIndicator::refresh()
{
    m_entries.clear();
    std::fill(std::begin(m_states), std::end(m_states), 0);
    m_runningDone = m_runningTotal = 0;
    m_runningBelowFull = 0;
    const int rows = m_model->rowCount();
    m_entries.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const Entry e = entryAt(row);
        m_entries.insert(m_model->idAt(row), e);
        add(e, 1);
    }
    publish();
}

void StatusIndicator::onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // The model's lazily computed queue places change no count.
    if (topLeft.column() == JobListModel::Position
        && bottomRight.column() == JobListModel::Position)
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const qint64 id = m_model->idAt(row);
        const Entry e = entryAt(row);
        const auto it = m_entries.find(id);
        if (it != m_entries.end()) {
            add(*it, -1);
            *it = e;
        } else {
            m_entries.insert(id, e);
        }
        add(e, 1);
    }
    publish();
}

void StatusIndicator::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    onRowsChanged(m_model->index(first, 0), m_model->index(last, 0));
}

void StatusIndicator::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row) {
        const auto it = m_entries.constFind(m_model->idAt(row));
        if (it != m_entries.constEnd()) {
            add(*it, -1);
            m_entries.erase(it);
        }
    }
}

void StatusIndicator::publish()
{
    Counts c;
    c.running = m_states[int(JobState::Running)];
    c.waiting = m_states[int(JobState::Pending)] + m_states[int(JobState::Interrupted)];
    c.paused = m_states[int(JobState::Paused)];
    c.failed = m_states[int(JobState::Failed)];
    c.completed = m_states[int(JobState::Completed)];
    c.cancelled = m_states[int(JobState::Cancelled)];
    if (c.running > 0) {
        c.percent = m_runningTotal > 0 ? int(m_runningDone * 100 / m_runningTotal) : 0;
        // Rounding down keeps a sum below 100 while any row is, but a job whose total is not
        // known yet adds nothing to the sums: never a full bar while something still runs.
        if (m_runningBelowFull > 0)
            c.percent = qMin(c.percent, 99);
    }
    const bool changed = c.running != m_counts.running || c.waiting != m_counts.waiting
        || c.paused != m_counts.paused || c.failed != m_counts.failed
        || c.completed != m_counts.completed || c.cancelled != m_counts.cancelled
        || c.percent != m_counts.percent;
    m_counts = c;
    updateText();
    if (changed)
        emit countsChanged(m_counts);
}

void StatusIndicator::updateText()
{
    const QLocale locale;
    const Counts &c = m_counts;
    QStringList parts;
    if (c.running > 0)
        parts << tr("%n running", "export jobs", c.running);
    if (c.waiting > 0)
        parts << tr("%n waiting", "export jobs", c.waiting);
    if (c.paused > 0)
        parts << tr("%n paused", "export jobs", c.paused);
    if (c.failed > 0)
        parts << tr("%n failed", "export jobs", c.failed);
    QString text = parts.isEmpty() ? tr("Export queue: idle")
                                   : tr("Export queue: %1").arg(parts.join(QStringLiteral(", ")));
    if (c.percent >= 0)
        text += QStringLiteral(" — ") + tr("%1%", "percent done").arg(locale.toString(c.percent));
    if (text != m_text) {
        m_text = text;
        setText(text);
        setAccessibleName(text);
        setToolTip(tr("Show the export queue"));
        updateGeometry();
        update();
    }
}

QSize StatusIndicator::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    // A line of text, a gap, the bar, and padding around.
    return { fm.horizontalAdvance(m_text) + fm.height() * 2,
             fm.height() + fm.height() / 3 * 3 + qMax(4, fm.height() / 4) + 2 };
}

QSize StatusIndicator::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return { fm.averageCharWidth() * 20, sizeHint().height() };
}

void StatusIndicator::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height() / 3;
    const QRect r = rect().adjusted(1, 1, -1, -1);
    QFont f = font();
    f.setBold(m_counts.running > 0 || m_counts.failed > 0);
    const QFontMetrics bold(f);
    // The text on top; the overall progress as a thin bar under it (the text says the same for
    // those who do not see colours).
    const QRect textRect(r.left() + pad, r.top() + pad, r.width() - 2 * pad, bold.height());
    p.setFont(f);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
               bold.elidedText(m_text, Qt::ElideRight, textRect.width()));
    if (m_counts.percent >= 0) {
        const int barHeight = qMax(4, fm.height() / 4);
        const QRect bar(textRect.left(), textRect.bottom() + pad, textRect.width(), barHeight);
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        const int filled = int(qint64(bar.width() - 2) * m_counts.percent / 100);
        p.fillRect(QRect(bar.left() + 1, bar.top() + 1, filled, bar.height() - 2),
                   palette().color(QPalette::Highlight));
    }
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = r;
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    } else if (underMouse() || isDown()) {
        p.setPen(palette().color(QPalette::Highlight));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(0, 0, -1, -1));
    }
}

void StatusIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_text.clear();
        updateText();
    }
    QAbstractButton::changeEvent(event);
}

} // namespace defex
