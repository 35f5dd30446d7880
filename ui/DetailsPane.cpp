#include "DetailsPane.h"

#include "JobListModel.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace defex {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(esc(label), value);
}

QString when(const QDateTime &t)
{
    return esc(JobListModel::dateTimeText(t, true));
}

QString levelText(Level l)
{
    switch (l) {
    case Level::Basis:
        return DetailsPane::tr("Basic (17 columns)");
    case Level::Uitgebreid:
        return DetailsPane::tr("Extended (25 columns)");
    case Level::Compleet:
        return DetailsPane::tr("Complete (36 columns)");
    }
    return {};
}

QString bytesText(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_pin(new QCheckBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    layout->addWidget(m_title);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_pin);
    connect(m_pin, &QCheckBox::clicked, this, [this](bool on) {
        if (m_job.record.id != 0)
            emit pinRequested(m_job.record.id, on);
    });
    retranslate();
    render();
}

void DetailsPane::retranslate()
{
    m_pin->setText(tr("&Keep this export (never clean it up automatically)"));
    m_browser->setAccessibleName(tr("Job details"));
    render();
}

void DetailsPane::showJob(const JobSnapshot &job)
{
    m_job = job;
    render();
}

QString DetailsPane::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_browser->toPlainText();
}

void DetailsPane::render()
{
    const bool has = m_job.record.id != 0;
    m_pin->setEnabled(has);
    m_pin->setChecked(has && m_job.record.pinned);
    if (!has) {
        m_title->setText(tr("No job selected"));
        m_browser->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(esc(tr("Select a job to see its details."))));
        return;
    }
    m_title->setText(m_job.record.description.isEmpty()
                         ? QDir::toNativeSeparators(m_job.record.outputPath)
                         : m_job.record.description);
    m_browser->setHtml(detailsHtml(m_job));
}

QString DetailsPane::detailsHtml(const JobSnapshot &job)
{
    const JobRecord &r = job.record;
    const ExportRequest &q = r.request;
    const ExportFilters &f = q.filters;
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("State"), esc(JobListModel::stateText(r)));
    if (r.state == JobState::Pending && job.queuePosition > 0)
        html += row(tr("Place in the queue"), esc(locale.toString(job.queuePosition)));
    if (r.rowsTotal > 0 || r.rowsDone > 0)
        html += row(tr("Definitions"), esc(tr("%1 of %2").arg(locale.toString(r.rowsDone),
                                                               locale.toString(r.rowsTotal))));
    if (r.bytes > 0)
        html += row(tr("Size"), esc(bytesText(r.bytes)));
    html += row(tr("File"), esc(QDir::toNativeSeparators(r.outputPath)));
    if (!r.sha256.isEmpty())
        html += row(tr("SHA-256"), QStringLiteral("<tt>%1</tt>").arg(esc(r.sha256)));
    html += row(tr("Source database"), esc(QDir::toNativeSeparators(q.database)));
    QString format = formatName(q.format).toUpper();
    if (q.gzip)
        format += QStringLiteral(" + gzip");
    html += row(tr("Format"), esc(format));
    html += row(tr("Detail level"), esc(levelText(q.level)));
    if (q.format == Format::Csv) {
        const QString delimiter = q.csv.delimiter == '\t' ? tr("tab") : QString(QLatin1Char(q.csv.delimiter));
        QStringList csv{tr("delimiter %1").arg(delimiter)};
        csv << (q.csv.byteOrderMark ? tr("with byte-order mark") : tr("without byte-order mark"));
        if (!q.csv.neutraliseFormulas)
            csv << tr("formulas allowed");
        html += row(tr("CSV"), esc(csv.join(QStringLiteral(", "))));
    }
    QStringList filters;
    if (!f.statuses.isEmpty())
        filters << tr("status: %1").arg(f.statuses.join(QStringLiteral(", ")));
    if (!f.categories.isEmpty())
        filters << tr("category: %1").arg(f.categories.join(QStringLiteral(", ")));
    if (!f.organisatorischeContext.isEmpty())
        filters << tr("organisational context: %1").arg(f.organisatorischeContext);
    if (!f.juridischeContext.isEmpty())
        filters << tr("legal context: %1").arg(f.juridischeContext);
    auto range = [&locale](const QDate &from, const QDate &to) {
        return tr("%1 to %2")
            .arg(from.isValid() ? JobListModel::dateText(from) : QStringLiteral("…"),
                 to.isValid() ? JobListModel::dateText(to) : QStringLiteral("…"));
    };
    if (f.createdFrom.isValid() || f.createdTo.isValid())
        filters << tr("created: %1").arg(range(f.createdFrom, f.createdTo));
    if (f.updatedFrom.isValid() || f.updatedTo.isValid())
        filters << tr("updated: %1").arg(range(f.updatedFrom, f.updatedTo));
    if (f.minScore)
        filters << tr("validation score at least %1").arg(locale.toString(*f.minScore));
    if (!f.search.isEmpty())
        filters << tr("search: \"%1\"").arg(f.search);
    html += row(tr("Filters"), esc(filters.isEmpty() ? tr("none (every definition)") : filters.join(QLatin1Char('\n'))));
    html += row(tr("Queued"), when(r.createdAt));
    html += row(tr("Started"), when(r.startedAt));
    html += row(tr("Finished"), when(r.finishedAt));
    if (r.attempts > 0)
        html += row(tr("Attempts"), esc(locale.toString(r.attempts)));
    if (r.pinned)
        html += row(tr("Cleanup"), esc(tr("kept (pinned)")));
    if (!r.error.isEmpty())
        html += row(tr("Error"), QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(esc(r.error)));
    html += QStringLiteral("</table>");
    if (!r.errorHistory.isEmpty()) {
        // Not only errors: also pauses, quits and interruptions that the job continued after.
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Earlier attempts")));
        for (const QJsonValue &v : r.errorHistory) {
            const QJsonObject o = v.toObject();
            const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(
                            tr("Attempt %1, %2: %3")
                                .arg(locale.toString(o.value(QStringLiteral("attempt")).toInt()),
                                     at.isValid() ? JobListModel::dateTimeText(at)
                                                  : o.value(QStringLiteral("at")).toString(),
                                     o.value(QStringLiteral("message")).toString())));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace defex
