#pragma once

// Everything about the selected job: the request (source, filters, level, format), rows, bytes,
// SHA-256, file, attempts and error history; a "keep" switch that exempts it from cleanup.

#include "JobSnapshot.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTextBrowser;

namespace defex {

class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showJob(const JobSnapshot &job); // a job with id 0 clears the pane
    qint64 jobId() const { return m_job.record.id; }
    QString text() const;                 // the details as plain text (tests, copy)
    void retranslate();

    static QString detailsHtml(const JobSnapshot &job);

signals:
    void pinRequested(qint64 id, bool pinned);

private:
    void render();

    JobSnapshot m_job;
    QLabel *m_title;
    QTextBrowser *m_browser;
    QCheckBox *m_pin;
};

} // namespace defex
