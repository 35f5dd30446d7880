#pragma once

// Reads batches on a thread of its own while the caller formats and writes the previous ones:
// SQLite reading and UTF-8 checking overlap with formatting and compression. At most
// `depth` batches exist at once, so memory stays bounded whatever the export's size.

#include "DefinitionReader.h"
#include "RowBatch.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace defex {

class BatchPipeline final
{
public:
    // The reader must be open; the pipeline uses it from its own thread until stop().
    explicit BatchPipeline(DefinitionReader &reader, int depth = 3);
    ~BatchPipeline();
    BatchPipeline(const BatchPipeline &) = delete;
    BatchPipeline &operator=(const BatchPipeline &) = delete;

    // The next filled batch; empty at the end. nullptr on a read error (see `error`).
    // The batch stays valid until the next call of take().
    const RowBatch *take(ExportError *error);
    // Stops the reading thread; called by the destructor too.
    void stop();

private:
    void run();

    DefinitionReader &m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowBatch>> m_free;
    std::deque<std::unique_ptr<RowBatch>> m_filled;
    std::unique_ptr<RowBatch> m_current; // handed to the consumer
    ExportError m_error;
    bool m_done = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace defex
