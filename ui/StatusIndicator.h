#pragma once

// The header's always-visible queue status: "Export queue: 2 running, 1 waiting" with the
// overall progress of the running jobs. A button: clicking (or Enter) focuses the queue panel.
// Counts come from the model in the window's thread, at most a few times a second.

#include <QAbstractButton>

class QTimer;

namespace defex {

class JobListModel;

class StatusIndicator final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicator)

public:
    explicit StatusIndicator(JobListModel *model, QWidget *parent = nullptr);

    struct Counts
    {
        int running = 0, waiting = 0, paused = 0, failed = 0, completed = 0;
        int percent = -1; // overall progress of the running jobs (rows), -1 when none run
    };
    Counts counts() const { return m_counts; }
    QString summary() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    void refresh(); // recount now (normally throttled)

signals:
    void countsChanged(const defex::StatusIndicator::Counts &counts);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void updateText();

    JobListModel *m_model;
    QTimer *m_throttle;
    Counts m_counts;
    QString m_text;
};

} // namespace defex
