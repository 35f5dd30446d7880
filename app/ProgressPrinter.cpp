#include "ProgressPrinter.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProgressPrinter)
};

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ProgressPrinter::ProgressPrinter(bool quiet) : m_quiet(quiet), m_tty(::isatty(STDERR_FILENO) == 1)
{
    m_clock.start();
}

double ProgressPrinter::recentRate(qint64 nowMs, qint64 rows)
{
    // The rate over a sliding window of the last five seconds: it follows real speed changes
    // without jumping on every batch.
    m_samples.emplace_back(nowMs, rows);
    while (m_samples.size() > 2 && nowMs - m_samples.front().first > 5000)
        m_samples.pop_front();
    const auto &first = m_samples.front();
    const qint64 dt = nowMs - first.first;
    if (dt < 300)
        return 0.0;
    return double(rows - first.second) * 1000.0 / double(dt);
}

QString ProgressPrinter::line(const defex::ExportProgress &p, double rate) const
{
    const QLocale c = QLocale::c();
    const int percent = p.rowsTotal > 0 ? int(p.rowsDone * 100 / p.rowsTotal) : 100;
    QString text;
    if (m_tty) {
        constexpr int width = 24;
        const int filled = percent * width / 100;
        text += QLatin1Char('[') + QString(filled, QLatin1Char('#'))
                + QString(width - filled, QLatin1Char('.')) + QStringLiteral("] ");
    }
    text += Tr::tr("%1% %2/%3 rows").arg(percent, 3).arg(c.toString(p.rowsDone), c.toString(p.rowsTotal));
    text += QStringLiteral("  ") + Tr::tr("%1 MB").arg(double(p.bytesWritten) / 1e6, 0, 'f', 1);
    if (rate > 0) {
        text += QStringLiteral("  ") + Tr::tr("%1 rows/s").arg(c.toString(qint64(rate)));
        if (p.rowsDone < p.rowsTotal)
            text += QStringLiteral("  ") + Tr::tr("ETA %1").arg(duration(double(p.rowsTotal - p.rowsDone) / rate));
    }
    return text;
}

void ProgressPrinter::update(const defex::ExportProgress &p)
{
    if (m_quiet)
        return;
    const qint64 now = m_clock.elapsed();
    const double rate = recentRate(now, p.rowsDone);
    const qint64 interval = m_tty ? 100 : 2000;
    // In a log, a line at 0% for an export that takes a moment only looks like a stall.
    if (!m_tty && m_lastPrintMs < 0)
        m_lastPrintMs = 0;
    if (now - m_lastPrintMs < interval)
        return;
    m_lastPrintMs = now;
    const QByteArray text = line(p, rate).toLocal8Bit();
    if (m_tty) {
        std::fprintf(stderr, "\r%s\033[K", text.constData());
        m_drawn = true;
    } else {
        std::fprintf(stderr, "%s\n", text.constData());
    }
    std::fflush(stderr);
}

void ProgressPrinter::finish()
{
    if (m_drawn) {
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
    }
}
