#include "Exporter.h"

#include "BatchPipeline.h"
#include "DefinitionReader.h"
#include "FileSink.h"
#include "GzipSink.h"
#include "GzipVerify.h"
#include "Writer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace defex {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::Exporter)
};

} // namespace

Exporter::Exporter(const ExportRequest &request) : m_request(request)
{
    if (!m_request.timestamp.isValid())
        m_request.timestamp = QDateTime::currentDateTimeUtc();
}

int Exporter::stopRequest() const
{
    if (m_stop) {
        const int r = m_stop->load(std::memory_order_relaxed);
        if (r != Run)
            return r;
    }
    return m_cancel && m_cancel->load(std::memory_order_relaxed) ? Cancel : Run;
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
    if (result.outputPath == QFileInfo(m_request.database).absoluteFilePath()) {
        result.error = ExportError::make(ErrorKind::Usage,
                                         Tr::tr("The output file is the source database itself."));
        return result;
    }

    DefinitionReader reader(m_request);
    reader.setBatchSize(m_batchSize);
    reader.setLockTimeout(m_lockTimeoutMs);
    if (!reader.open(&result.error)) {
        result.warnings = reader.warnings();
        return result;
    }
    const QString fingerprint = sourceFingerprint(m_request.database);

    // Resume only what can be resumed to identical bytes: same source, same .part, a format
    // that can continue a file. Anything else starts over and says why.
    FileSink file;
    ExportProgress progress;
    qint64 countedRows = 0;
    bool resumed = false;
    const ExportCheckpoint &cp = m_resumeFrom;
    if (cp.isValid()) {
        if (m_request.format == Format::Xlsx) {
            result.restartReason = Tr::tr("An XLSX export cannot continue a partial file; it started over.");
        } else if (cp.sourceFingerprint != fingerprint) {
            result.restartReason = Tr::tr("The source database changed after the export was interrupted; "
                                      "it started over.");
        } else if (!file.openForResume(m_request.output, cp.partBytes)) {
            result.restartReason = file.errorString() + QLatin1Char(' ') + Tr::tr("The export started over.");
        } else {
            resumed = true;
            reader.setUpperBoundId(cp.upperId);
            reader.setResumeAfterId(cp.lastId);
            countedRows = cp.totalRows;
            progress.rowsDone = cp.rowsDone;
            // The first report comes before any batch: it must not show the kept bytes as 0.
            progress.bytesWritten = cp.partBytes;
        }
    }
    if (!resumed) {
        if (!reader.count(&countedRows, &result.error)) {
            result.warnings = reader.warnings();
            return result;
        }
        if (!file.open(m_request.output)) {
            result.error = ExportError::make(ErrorKind::Output, file.errorString());
            return result;
        }
    }
    result.resumed = resumed;
    progress.rowsTotal = qMax(countedRows, progress.rowsDone);

    std::unique_ptr<GzipSink> gzip;
    Sink *sink = &file;
    if (m_request.gzip) {
        gzip = std::make_unique<GzipSink>(file);
        if (resumed)
            gzip->setBytesIn(cp.plainBytes);
        sink = gzip.get();
    }
    std::unique_ptr<Writer> writer = Writer::create(m_request, *sink);

    ExportHeader header;
    header.level = m_request.level;
    header.columns = columnsFor(m_request.level);
    header.totalRows = countedRows;
    header.resumedRows = progress.rowsDone;
    header.timestamp = m_request.timestamp;

    auto outputError = [&](const QString &message) {
        result.error = ExportError::make(ErrorKind::Output, message);
        result.warnings = reader.warnings() + writer->warnings();
        return result; // `file` removes the .part when it goes out of scope
    };
    auto stopped = [&](int request) {
        if (request == Suspend) {
            // Keep the .part: the next run continues from the last checkpoint.
            file.sync();
            file.keepPartOnDestruction();
            result.error = ExportError::make(ErrorKind::Suspended, Tr::tr("The export was paused."));
        } else {
            result.error = ExportError::make(ErrorKind::Cancelled, Tr::tr("The export was cancelled."));
        }
        result.warnings = reader.warnings();
        return result;
    };

    if (m_progress)
        m_progress(progress);
    if (!(resumed ? writer->resume(header) : writer->begin(header)))
        return outputError(writer->errorString());

    // XLSX is rewritten from the start every time, so it takes no checkpoints.
    const bool checkpoints = m_request.format != Format::Xlsx;
    BatchPipeline pipeline(reader);
    while (true) {
        if (const int request = stopRequest()) {
            pipeline.stop();
            return stopped(request);
        }
        const RowBatch *batch = pipeline.take(&result.error);
        if (!batch) {
            pipeline.stop();
            result.warnings = reader.warnings();
            return result;
        }
        if (batch->isEmpty())
            break;
        // A checkpoint must fall exactly on a multiple of CheckpointRows: write up to it first.
        int first = 0;
        while (first < batch->rowCount()) {
            int count = batch->rowCount() - first;
            const qint64 nextCheckpoint = (progress.rowsDone / CheckpointRows + 1) * CheckpointRows;
            if (checkpoints && progress.rowsDone + count >= nextCheckpoint)
                count = int(nextCheckpoint - progress.rowsDone);
            if (!writer->writeBatch(*batch, first, count)) {
                pipeline.stop();
                return outputError(writer->errorString());
            }
            first += count;
            progress.rowsDone += count;
            if (checkpoints && progress.rowsDone % CheckpointRows == 0) {
                if (!writer->flushBuffered() || (gzip && !gzip->endMember()) || !file.sync()) {
                    pipeline.stop();
                    return outputError(!writer->errorString().isEmpty() ? writer->errorString()
                                                                        : gzip && !gzip->errorString().isEmpty()
                                                                              ? gzip->errorString()
                                                                              : file.errorString());
                }
                if (m_checkpoint) {
                    ExportCheckpoint point;
                    point.rowsDone = progress.rowsDone;
                    point.lastId = batch->id(first - 1);
                    point.upperId = reader.upperBoundId();
                    point.totalRows = countedRows;
                    point.partBytes = file.bytesWritten();
                    point.plainBytes = gzip ? gzip->bytesIn() : point.partBytes;
                    point.sourceFingerprint = fingerprint;
                    m_checkpoint(point);
                }
            }
        }
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
    if (m_verify && gzip) {
        QString problem;
        if (!verifyGzipFile(file.partPath(), gzip->bytesIn(), &problem)) {
            result.error = ExportError::make(ErrorKind::Internal, problem);
            result.warnings = reader.warnings() + writer->warnings();
            return result;
        }
    }
    if (const int request = stopRequest())
        return stopped(request);
    if (!file.commit())
        return outputError(file.errorString());

    result.rows = progress.rowsDone;
    result.bytes = file.bytesWritten();
    result.sha256 = file.sha256();
    result.warnings = reader.warnings() + writer->warnings();
    if (result.rows != header.totalRows) {
        result.warnings << Tr::tr("The database changed during the export: %1 definitions were counted "
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
