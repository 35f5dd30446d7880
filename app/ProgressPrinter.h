#pragma once

// Shows an export's progress on stderr: a live bar on a terminal, plain periodic lines otherwise.

#include "Exporter.h"

#include <QElapsedTimer>

#include <deque>
#include <utility>

class ProgressPrinter final
{
public:
    explicit ProgressPrinter(bool quiet);

    void update(const defex::ExportProgress &p);
    void finish();

private:
    QString line(const defex::ExportProgress &p, double rate) const;
    double recentRate(qint64 nowMs, qint64 rows);

    bool m_quiet;
    bool m_tty;
    QElapsedTimer m_clock;
    qint64 m_lastPrintMs = -1000000;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms, rows) of the last few seconds
    bool m_drawn = false;
};
