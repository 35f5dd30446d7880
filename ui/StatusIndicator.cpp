#include "StatusIndicator.h"

#include "JobListModel.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QTimer>

namespace defex {

StatusIndicator::StatusIndicator(JobListModel *model, QWidget *parent)
    : QAbstractButton(parent)
    , m_model(model)
    , m_throttle(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(200);
    connect(m_throttle, &QTimer::timeout, this, &StatusIndicator::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &StatusIndicator::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &StatusIndicator::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StatusIndicator::scheduleRefresh);
    connect(model, &QAbstractItemModel::modelReset, this, &StatusIndicator::scheduleRefresh);
    refresh();
}

void StatusIndicator::scheduleRefresh()
{
    if (!m_throttle->isActive())
        m_throttle->start();
}

void StatusIndicator::refresh()
{
    Counts c;
    qint64 done = 0, total = 0;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        switch (JobState(index.data(JobListModel::StateRole).toInt())) {
        case JobState::Running: {
            ++c.running;
            const JobSnapshot s = m_model->snapshotAt(row);
            done += s.record.rowsDone;
            total += s.record.rowsTotal;
            break;
        }
        case JobState::Pending:
        case JobState::Interrupted:
            ++c.waiting;
            break;
        case JobState::Paused:
            ++c.paused;
            break;
        case JobState::Failed:
            ++c.failed;
            break;
        case JobState::Completed:
            ++c.completed;
            break;
        case JobState::Cancelled:
            break;
        }
    }
    if (c.running > 0)
        c.percent = total > 0 ? int(qBound<qint64>(0, done * 100 / total, qint64(100))) : 0;
    const bool changed = c.running != m_counts.running || c.waiting != m_counts.waiting
        || c.paused != m_counts.paused || c.failed != m_counts.failed
        || c.completed != m_counts.completed || c.percent != m_counts.percent;
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
    return {fm.horizontalAdvance(m_text) + fm.height() * 2,
            fm.height() + fm.height() / 3 * 3 + qMax(4, fm.height() / 4) + 2};
}

QSize StatusIndicator::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.averageCharWidth() * 20, sizeHint().height()};
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
