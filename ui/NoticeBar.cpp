#include "NoticeBar.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace defex {

namespace {

constexpr int kNoticeMs = 12000; // unobtrusive: it goes away by itself

} // namespace

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_links(new QLabel(this))
    , m_hide(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    const int gap = fontMetrics().averageCharWidth();
    layout->setContentsMargins(gap, 0, gap, 0);
    layout->setSpacing(gap * 2);
    m_label->setObjectName(QStringLiteral("notice"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(false);
    // The text gives way (elided), the links never do.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->setObjectName(QStringLiteral("noticeLinks"));
    m_links->setTextFormat(Qt::RichText);
    m_links->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_label->installEventFilter(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_links, 0);
    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("copy")) {
            QGuiApplication::clipboard()->setText(m_copyText);
            m_copied = true;
            updateLinks();
        } else if (link == QLatin1String("job") && m_jobId != 0) {
            emit jobRequested(m_jobId);
        }
    });
    m_hide->setSingleShot(true);
    m_hide->setInterval(kNoticeMs);
    connect(m_hide, &QTimer::timeout, this, &QWidget::hide);
}

void NoticeBar::showNotice(const QString &text, const QString &details, qint64 jobId,
                           const QString &copyText)
{
    m_text = text;
    m_jobId = jobId;
    m_copyText = copyText;
    m_copied = false;
    const QString full = details.isEmpty() ? text : details;
    m_label->setAccessibleName(full);
    setToolTip(full);
    m_label->setToolTip(full);
    updateLinks();
    setVisible(true);
    elide();
    m_hide->start();
}

void NoticeBar::updateLinks()
{
    QStringList links;
    if (m_jobId != 0)
        links << QStringLiteral("<a href=\"job\">%1</a>").arg(tr("Show").toHtmlEscaped());
    if (!m_copyText.isEmpty()) {
        links << (m_copied ? tr("Copied").toHtmlEscaped()
                           : QStringLiteral("<a href=\"copy\">%1</a>")
                                 .arg(tr("Copy path").toHtmlEscaped()));
    }
    m_links->setText(links.join(QStringLiteral(" &nbsp; ")));
    m_links->setVisible(!links.isEmpty());
    m_links->setAccessibleName(m_copyText.isEmpty() ? tr("Show the job")
                                                    : tr("Copy the path %1").arg(m_copyText));
}

void NoticeBar::elide()
{
    m_label->setText(
        m_label->fontMetrics().elidedText(m_text, Qt::ElideRight, qMax(0, m_label->width())));
}

bool NoticeBar::eventFilter(QObject *watched, QEvent *event)
{
    // The label's width changes with the window and with the links beside it.
    if (watched == m_label && event->type() == QEvent::Resize)
        elide();
    return QFrame::eventFilter(watched, event);
}

void NoticeBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        updateLinks();
}

} // namespace defex
