#pragma once

// The window's own short notices (a copy saved, an action failed, exports finished when there is
// no tray): one line in the header row, elided to fit, the whole text in its tooltip and
// accessible name, and its links ("Show" the job, "Copy path") always in sight at the right.
// Goes away by itself after a while.

#include <QFrame>

class QLabel;
class QTimer;

namespace defex {

class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // `text` is shown on one line; `details` (several lines allowed; empty: `text`) in the
    // tooltip. `jobId` adds a "Show" link, `copyText` a "Copy path" link that puts it on the
    // clipboard.
    void showNotice(const QString &text, const QString &details = {}, qint64 jobId = 0,
                    const QString &copyText = {});

    QString text() const { return m_text; }
    QLabel *textLabel() const { return m_label; } // named "notice"
    QLabel *linksLabel() const { return m_links; } // named "noticeLinks"

signals:
    void jobRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();
    void updateLinks();

    QLabel *m_label;
    QLabel *m_links;
    QTimer *m_hide;
    QString m_text;
    qint64 m_jobId = 0;
    QString m_copyText;
    bool m_copied = false;
};

} // namespace defex
