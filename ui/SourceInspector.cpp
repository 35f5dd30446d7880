#include "SourceInspector.h"

#include "DefinitionReader.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace defex {

namespace {

// A writer (the definitie-app saving) rarely holds its lock this long; the count then says so
// instead of keeping the dialog busy for the exporter's full lock timeout.
constexpr int kLockTimeoutMs = 3000;

} // namespace

SourceInspector::SourceInspector(QObject *parent)
    : QObject(parent)
    , m_countGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    for (QTimer *t : { &m_choicesTimer, &m_countTimer }) {
        t->setSingleShot(true);
        t->setInterval(250);
    }
    connect(&m_choicesTimer, &QTimer::timeout, this, &SourceInspector::startInspect);
    connect(&m_countTimer, &QTimer::timeout, this, &SourceInspector::startCount);
    connect(&m_choicesWatcher, &QFutureWatcherBase::resultReadyAt, this,
            &SourceInspector::onChoicesResult);
    connect(&m_choicesWatcher, &QFutureWatcherBase::finished, this, &SourceInspector::onInspected);
    connect(&m_countWatcher, &QFutureWatcherBase::finished, this, &SourceInspector::onCounted);
}

// The tasks hold copies of what they need, so they may outlive this object; nothing waits here.
SourceInspector::~SourceInspector() = default;

void SourceInspector::setDebounce(int milliseconds)
{
    m_choicesTimer.setInterval(milliseconds);
    m_countTimer.setInterval(milliseconds);
}

void SourceInspector::inspect(const QString &database)
{
    m_database = database;
    ++m_choicesGeneration;
    m_choicesBusy = true;
    m_choicesTimer.start();
}

void SourceInspector::startInspect()
{
    if (m_choicesWatcher.isRunning())
        return; // onInspected() starts the newest request when the running one ends
    m_choicesRunning = m_choicesGeneration;
    const QString database = m_database;
    // Two answers: the quick check first (so the dialog can judge the source at once), then the
    // lists, which take seconds on a million definitions.
    m_choicesWatcher.setFuture(QtConcurrent::run(
        [](QPromise<SourceChoices> &promise, const QString &db) {
            SourceChoices checked = SourceChoices::check(db, kLockTimeoutMs);
            if (!checked.ok()) {
                checked.complete = true;
                promise.addResult(checked);
                return;
            }
            promise.addResult(checked);
            promise.addResult(SourceChoices::read(db, kLockTimeoutMs));
        },
        database));
}

void SourceInspector::onChoicesResult(int index)
{
    if (m_choicesRunning != m_choicesGeneration)
        return; // a newer database was asked for meanwhile
    const SourceChoices choices = m_choicesWatcher.resultAt(index);
    if (choices.complete)
        m_choicesBusy = false;
    emit choicesRead(choices);
}

void SourceInspector::onInspected()
{
    if (m_choicesRunning != m_choicesGeneration && !m_choicesTimer.isActive())
        startInspect();
}

void SourceInspector::count(const ExportRequest &request)
{
    m_countRequest = request;
    m_countGeneration->fetch_add(1);
    m_countBusy = true;
    m_countTimer.start();
}

void SourceInspector::startCount()
{
    if (m_countWatcher.isRunning())
        return; // onCounted() starts the newest request when the running one ends
    const ExportRequest request = m_countRequest;
    const quint64 generation = m_countGeneration->load();
    const std::shared_ptr<std::atomic<quint64>> latest = m_countGeneration;
    m_countWatcher.setFuture(QtConcurrent::run([request, generation, latest] {
        CountResult result;
        result.generation = generation;
        if (latest->load() != generation)
            return result;
        DefinitionReader reader(request);
        reader.setLockTimeout(kLockTimeoutMs);
        if (!reader.open(&result.error) || !reader.count(&result.rows, &result.error))
            result.rows = -1;
        return result;
    }));
}

void SourceInspector::onCounted()
{
    const CountResult result = m_countWatcher.result();
    if (result.generation != m_countGeneration->load()) {
        if (!m_countTimer.isActive())
            startCount();
        return;
    }
    m_countBusy = false;
    emit counted(result.rows, result.error);
}

} // namespace defex
