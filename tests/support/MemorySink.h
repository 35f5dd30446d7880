#pragma once

// A sink that keeps the bytes in memory, for writer unit tests.

#include "Sink.h"

#include <string>

class MemorySink final : public defex::Sink
{
public:
    bool write(const char *data, size_t len) override
    {
        if (m_failAfter >= 0 && m_data.size() + len > size_t(m_failAfter))
            return false;
        m_data.append(data, len);
        return true;
    }
    bool finish() override { return true; }
    quint64 bytesWritten() const override { return m_data.size(); }
    QString errorString() const override { return QStringLiteral("memory sink full"); }

    void failAfter(qint64 bytes) { m_failAfter = bytes; }
    const std::string &data() const { return m_data; }
    QString text() const { return QString::fromUtf8(m_data.data(), qsizetype(m_data.size())); }

private:
    std::string m_data;
    qint64 m_failAfter = -1;
};
