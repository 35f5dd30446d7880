#pragma once

// Asks a source database questions off the UI thread: its filter choices (SourceChoices) and how
// many definitions a request matches (DefinitionReader::count, the export's own count).
// Requests are debounced; at most one question of each kind runs at a time, and only the answer
// to the newest request is announced, so a slow, stale answer never overwrites a newer one.

#include "ExportRequest.h"
#include "SourceChoices.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace defex {

class SourceInspector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceInspector)

public:
    struct CountResult
    {
        quint64 generation = 0;
        qint64 rows = -1;
        ExportError error;
    };

    explicit SourceInspector(QObject *parent = nullptr);
    ~SourceInspector() override;

    void setDebounce(int milliseconds);

    // Checks `database` and reads its choices; answered by choicesRead() twice: the check
    // (complete false, lists empty), then the choices (complete true); once when it fails.
    void inspect(const QString &database);
    // Counts what `request` matches; answered by counted() unless a newer count() came first.
    void count(const ExportRequest &request);

    bool isInspecting() const { return m_choicesBusy; }
    bool isCounting() const { return m_countBusy; }
    // The count running now (finished when none runs): it keeps running if the window closes.
    QFuture<CountResult> countFuture() const { return m_countWatcher.future(); }

signals:
    void choicesRead(const defex::SourceChoices &choices);
    void counted(qint64 rows, const defex::ExportError &error);

private:
    void startInspect();
    void startCount();
    void onChoicesResult(int index);
    void onInspected();
    void onCounted();

    QTimer m_choicesTimer;
    QTimer m_countTimer;
    QFutureWatcher<SourceChoices> m_choicesWatcher;
    QFutureWatcher<CountResult> m_countWatcher;
    QString m_database;
    quint64 m_choicesGeneration = 0;
    quint64 m_choicesRunning = 0;
    ExportRequest m_countRequest;
    // Shared with the running task, so a count that became stale before it started skips its work.
    std::shared_ptr<std::atomic<quint64>> m_countGeneration;
    bool m_choicesBusy = false;
    bool m_countBusy = false;
};

} // namespace defex
