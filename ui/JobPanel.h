#pragma once

// One list of jobs: the queue panel (waiting, running, paused jobs, in the order they run;
// pending ones reorder by drag and by move up/down/top/bottom) or the history (finished jobs,
// filter by state and search by description; completed jobs drag out as files). Rows are painted
// by JobDelegate (progress bar, per-job buttons); no widget per row.

#include "JobActions.h"
#include "JobStore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QLabel;

namespace defex {

class FolderOpener;
class JobFilterProxy;
class JobListModel;
class JobView;
class QueueClient;

class JobPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobPanel)

public:
    enum class Kind { Queue, History };

    JobPanel(Kind kind, JobListModel *model, QueueClient *client, QWidget *parent = nullptr);
    ~JobPanel() override;

    Kind kind() const { return m_kind; }
    JobView *view() const { return m_view; }
    JobFilterProxy *proxy() const { return m_proxy; }

    QList<qint64> selectedIds() const;     // in view order
    qint64 currentId() const;              // 0 when none
    bool selectJob(qint64 id);             // false when this panel does not show it
    // Ids this panel shows now (after its filter), in view order.
    QList<qint64> visibleIds() const;

    // History only: show only jobs in this state (-1: every finished state) / matching text.
    void setStateFilter(int state);
    void setSearchText(const QString &text);

    // Runs an action on one job (the per-job buttons, the job menu and the tests use this).
    void trigger(JobAction action, qint64 id);
    // Moves the selected pending jobs (queue panel).
    void moveSelected(JobStore::Move where);
    // Copies a completed job's file to `destination` off the window's thread (a .part file
    // renamed into place); reports through notice().
    void saveCopy(qint64 id, const QString &destination);

    void retranslate();

    // The message shown over an empty list (for tests and screen readers).
    QString emptyText() const;
    bool isEmptyMessageVisible() const;

signals:
    void currentJobChanged(qint64 id);
    void selectionChanged();
    // A short message for the user (copy finished, action failed...).
    void notice(const QString &text);
    // Enter or "Details" on a job.
    void detailsRequested(qint64 id);
    // "Open folder" did not show the folder (no file manager, folder gone); `reason` is what the
    // opener said, if anything.
    void folderNotOpened(const QString &folder, const QString &reason);
    // A save-as copy ended (after notice()).
    void copyFinished(qint64 id, const QString &destination, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpColumns();
    void sizeColumns();
    void updateEmptyMessage();
    void removeOrCancelSelection();
    QString outputOf(qint64 id) const;
    JobState stateOfJob(qint64 id) const;

    Kind m_kind;
    JobListModel *m_model;
    QueueClient *m_client;
    JobFilterProxy *m_proxy = nullptr;
    JobView *m_view = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_searchLabel = nullptr;
    QString m_lastSaveFolder;
    FolderOpener *m_opener = nullptr;
};

} // namespace defex
