#include "Exporter.h"

#include "BatchPipeline.h"
#include "DefinitionReader.h"
#include "FileSink.h"
#include "GzipSink.h"
#include "Writer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace defex {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("defex::Exporter", text);
}

} // namespace

Exporter::Exporter(const ExportRequest &request) : m_request(request)
{
    if (!m_request.timestamp.isValid())
        m_request.timestamp = QDateTime::currentDateTimeUtc();
}

ExportResult Exporter::run()
{
    ExportResult result;
    result.outputPath = QFileInfo(m_request.output).absoluteFilePath();

    const QString invalid = m_request.validate();
    if (!invalid.isEmpty()) {
        result.error = ExportError::make(ErrorKind::Usage, invalid);
        return result;
    }
    if (QFileInfo(m_request.output).absoluteFilePath() == QFileInfo(m_request.database).absoluteFilePath()) {
        result.error = ExportError::make(ErrorKind::Usage,
                                         tr("The output file is the source database itself."));
        return result;
    }

    DefinitionReader reader(m_request);
    reader.setBatchSize(m_batchSize);
    reader.setLockTimeout(m_lockTimeoutMs);
    ExportProgress progress;
    if (!reader.open(&result.error) || !reader.count(&progress.rowsTotal, &result.error)) {
        result.warnings = reader.warnings();
        return result;
    }

    FileSink file;
    if (!file.open(m_request.output)) {
        result.error = ExportError::make(ErrorKind::Output, file.errorString());
        return result;
    }
    std::unique_ptr<GzipSink> gzip;
    Sink *sink = &file;
    if (m_request.gzip) {
        gzip = std::make_unique<GzipSink>(file);
        sink = gzip.get();
    }
    std::unique_ptr<Writer> writer = Writer::create(m_request, *sink);

    ExportHeader header;
    header.level = m_request.level;
    header.columns = columnsFor(m_request.level);
    header.totalRows = progress.rowsTotal;
    header.timestamp = m_request.timestamp;

    auto outputError = [&](const QString &message) {
        result.error = ExportError::make(ErrorKind::Output, message);
        result.warnings = reader.warnings() + writer->warnings();
        return result; // `file` removes the .part when it goes out of scope
    };

    if (m_progress)
        m_progress(progress);
    if (!writer->begin(header))
        return outputError(writer->errorString());

    BatchPipeline pipeline(reader);
    while (true) {
        if (cancelled()) {
            pipeline.stop();
            result.error = ExportError::make(ErrorKind::Cancelled, tr("The export was cancelled."));
            result.warnings = reader.warnings();
            return result;
        }
        const RowBatch *batch = pipeline.take(&result.error);
        if (!batch) {
            pipeline.stop();
            result.warnings = reader.warnings();
            return result;
        }
        if (batch->isEmpty())
            break;
        if (!writer->writeBatch(*batch)) {
            pipeline.stop();
            return outputError(writer->errorString());
        }
        progress.rowsDone += batch->rowCount();
        // Rows deleted or changed after the count can make it low; progress never passes 100%.
        progress.rowsTotal = qMax(progress.rowsTotal, progress.rowsDone);
        progress.bytesWritten = sink->bytesWritten();
        if (m_progress)
            m_progress(progress);
    }
    pipeline.stop();
    if (!writer->finish())
        return outputError(writer->errorString());
    if (!sink->finish())
        return outputError(sink->errorString());
    if (cancelled()) {
        result.error = ExportError::make(ErrorKind::Cancelled, tr("The export was cancelled."));
        return result;
    }
    if (!file.commit())
        return outputError(file.errorString());

    result.rows = progress.rowsDone;
    result.bytes = file.bytesWritten();
    result.warnings = reader.warnings() + writer->warnings();
    if (result.rows != header.totalRows) {
        result.warnings << tr("The database changed during the export: %1 definitions were counted "
                              "at the start and %2 were written.")
                               .arg(header.totalRows)
                               .arg(result.rows);
    }
    progress.bytesWritten = result.bytes;
    progress.rowsTotal = progress.rowsDone;
    if (m_progress)
        m_progress(progress);
    return result;
}

} // namespace defex
