#include "EtaEstimator.h"

namespace defex {

void EtaEstimator::reset()
{
    m_samples.clear();
}

void EtaEstimator::addSample(qint64 ms, qint64 rowsDone)
{
    if (!m_samples.empty() && (ms < m_samples.back().first || rowsDone < m_samples.back().second))
        return;
    if (!m_samples.empty() && ms == m_samples.back().first) {
        m_samples.back().second = rowsDone;
        return;
    }
    m_samples.emplace_back(ms, rowsDone);
    while (m_samples.size() > 2 && ms - m_samples[1].first >= WindowMs)
        m_samples.pop_front();
}

double EtaEstimator::rate() const
{
    if (int(m_samples.size()) < MinSamples)
        return 0.0;
    const auto &first = m_samples.front();
    const auto &last = m_samples.back();
    const qint64 span = last.first - first.first;
    if (span < MinSpanMs)
        return 0.0;
    return double(last.second - first.second) * 1000.0 / double(span);
}

double EtaEstimator::secondsRemaining(qint64 total) const
{
    const double r = rate();
    if (r <= 0.0 || m_samples.empty())
        return -1.0;
    const qint64 left = total - m_samples.back().second;
    return left <= 0 ? 0.0 : double(left) / r;
}

} // namespace defex
