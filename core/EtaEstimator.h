#pragma once

// Remaining time from a sliding window of recent progress: it follows real speed changes, and
// it stays silent until it has enough samples to say something true (never "∞", never negative).

#include <QtGlobal>

#include <deque>

namespace defex {

class EtaEstimator final
{
public:
    void reset();
    // Rows done at time `ms` (a monotonic clock). Samples that go backwards are ignored.
    void addSample(qint64 ms, qint64 rowsDone);
    // Rows per second over the window, 0 while unknown.
    double rate() const;
    // Seconds until `total` rows are done; -1 while unknown.
    double secondsRemaining(qint64 total) const;

    static constexpr qint64 WindowMs = 10000;
    static constexpr int MinSamples = 4;
    static constexpr qint64 MinSpanMs = 1500;

private:
    std::deque<std::pair<qint64, qint64>> m_samples;
};

} // namespace defex
