#pragma once

// The header's always-visible queue status: "Export queue: 2 running, 1 waiting" with the
// overall progress of the running jobs. A button: clicking (or Enter) focuses the queue panel.
// Follows the model's changes as they happen (the same signals that repaint the rows), at a cost
// per changed row: every job's state and rows are kept here, so the sums never need a full scan.

#include "JobRecord.h"

#include <QAbstractButton>
#include <QHash>

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
        int running = 0, waiting = 0, paused = 0, failed = 0, completed = 0, cancelled = 0;
        // Overall progress of the running jobs: their rows done over their rows in total, as
        // their own rows show them; below 100 while any of them is; -1 when none run.
        int percent = -1;
    };
    Counts counts() const { return m_counts; }
    QString summary() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    void refresh(); // recount every row (after a reset; cheap updates follow on their own)

signals:
    void countsChanged(const defex::StatusIndicator::Counts &counts);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What one job adds to the counts.
    struct Entry
    {
        JobState state = JobState::Pending;
        qint64 done = 0; // running only: rows done, at most the total
        qint64 total = 0; // running only
    };
    Entry entryAt(int row) const;
    void add(const Entry &e, int sign);
    void onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void publish();
    void updateText();

    JobListModel *m_model;
    QHash<qint64, Entry> m_entries;
    int m_states[7] = {}; // jobs per JobState
    qint64 m_runningDone = 0, m_runningTotal = 0;
    int m_runningBelowFull = 0; // running jobs whose row shows less than 100%
    Counts m_counts;
    QString m_text;
};

} // namespace defex
