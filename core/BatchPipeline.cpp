#include "BatchPipeline.h"

namespace defex {

BatchPipeline::BatchPipeline(DefinitionReader &reader, int depth) : m_reader(reader)
{
    for (int i = 0; i < depth; ++i)
        m_free.push_back(std::make_unique<RowBatch>());
    m_thread = std::thread([this] { run(); });
}

BatchPipeline::~BatchPipeline()
{
    stop();
}

void BatchPipeline::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BatchPipeline::run()
{
    while (true) {
        std::unique_ptr<RowBatch> batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_free.empty(); });
            if (m_stopping)
                return;
            batch = std::move(m_free.front());
            m_free.pop_front();
        }
        ExportError error;
        const bool ok = m_reader.next(*batch, &error);
        const bool end = ok && batch->isEmpty();
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (!ok)
                m_error = error;
            m_done = !ok || end;
            if (ok)
                m_filled.push_back(std::move(batch));
        }
        m_changed.notify_all();
        if (!ok || end)
            return;
    }
}

const RowBatch *BatchPipeline::take(ExportError *error)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_current) {
        m_free.push_back(std::move(m_current));
        m_changed.notify_all();
    }
    m_changed.wait(lock, [this] { return !m_filled.empty() || m_done; });
    if (!m_filled.empty()) {
        m_current = std::move(m_filled.front());
        m_filled.pop_front();
        return m_current.get();
    }
    *error = m_error;
    return nullptr;
}

} // namespace defex
