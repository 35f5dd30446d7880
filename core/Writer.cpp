#include "Writer.h"

#include "CsvWriter.h"
#include "JsonWriter.h"
#include "TxtWriter.h"
#include "XlsxWriter.h"

namespace defex {

bool Writer::flush()
{
    if (m_buf.empty())
        return true;
    if (!m_sink.write(m_buf.data(), m_buf.size()))
        return fail(m_sink.errorString());
    m_buf.clear();
    return true;
}

bool Writer::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

std::unique_ptr<Writer> Writer::create(const ExportRequest &request, Sink &sink)
{
    switch (request.format) {
    case Format::Csv: return std::make_unique<CsvWriter>(sink, request.csv);
    case Format::Xlsx:
        return std::make_unique<XlsxWriter>(sink);
    case Format::Json: return std::make_unique<JsonWriter>(sink);
    case Format::Txt: return std::make_unique<TxtWriter>(sink);
    }
    return nullptr;
}

} // namespace defex
