// The job panels with real widgets on the offscreen platform: JobFilterProxy (checked by
// QAbstractItemModelTester) orders the queue and filters, sorts and searches the history; the
// painted per-job buttons are clicked where JobDelegate paints them; drops reorder waiting jobs;
// drags name existing files only; save-as copies off the window's thread; 10,000 jobs; and one
// run against a real QueueClient: a job's row reaches 100% and Completed, Cancel / Retry /
// Remove / Delete clicked in the panel reach the queue, a drop reorders the queue.

#include "DemoDatabase.h"
#include "JobDelegate.h"
#include "JobFilterProxy.h"
#include "JobListModel.h"
#include "JobPanel.h"
#include "JobView.h"
#include "Language.h"
#include "QueueClient.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUrl>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStyleOptionComboBox>

#include <memory>

#include <sqlite3.h>

#include <unistd.h>

using namespace defex;

namespace {

const QDateTime Base = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

JobSnapshot job(qint64 id, JobState state, const QString &description, qint64 position = 0)
{
    JobSnapshot s;
    s.record.id = id;
    s.record.state = state;
    s.record.description = description;
    s.record.position = position ? position : id;
    s.record.createdAt = Base.addSecs(id);
    s.record.request.format = Format::Csv;
    if (state == JobState::Running) {
        s.record.rowsDone = 650;
        s.record.rowsTotal = 1000;
        s.etaSeconds = 12;
    }
    if (isFinishedState(state)) {
        s.record.finishedAt = Base.addSecs(3600 + id);
        s.record.rowsDone = s.record.rowsTotal = 1000;
    }
    if (state == JobState::Failed)
        s.record.error = QStringLiteral("The database is locked.\nSecond line of the error");
    return s;
}

// 1 pending (last), 2 running, 3 paused, 4 pending (first), 5 completed, 6 failed,
// 7 cancelled, 8 interrupted, 9 pending (ties with 4 on position: after it by id).
QList<JobSnapshot> everyState()
{
    return {
        job(1, JobState::Pending, QStringLiteral("Pending last"), 30),
        job(2, JobState::Running, QStringLiteral("Running one")),
        job(3, JobState::Paused, QStringLiteral("Paused one")),
        job(4, JobState::Pending, QStringLiteral("Pending first"), 10),
        job(5, JobState::Completed, QStringLiteral("Vastgestelde definities – Excel")),
        job(6, JobState::Failed, QStringLiteral("alle definities – CSV")),
        job(7, JobState::Cancelled, QStringLiteral("Beëindigde export")),
        job(8, JobState::Interrupted, QStringLiteral("Interrupted one")),
        job(9, JobState::Pending, QStringLiteral("Pending second"), 10),
    };
}

QList<qint64> idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(JobListModel::IdRole).toLongLong();
    return ids;
}

QModelIndex indexOf(const JobPanel &panel, qint64 id, int column = 0)
{
    const int row = panel.proxy()->rowOfId(id);
    return row < 0 ? QModelIndex() : panel.proxy()->index(row, column);
}

// A drag arriving at `pos` of the viewport and dropped there, as a drag manager delivers it.
bool dropAt(QWidget *viewport, const QPoint &pos, const QMimeData *data)
{
    QDragEnterEvent enter(pos, Qt::MoveAction, data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::MoveAction, data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestJobPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void queueOrder();
    void historySortFilterSearch();
    void panelColumnsFilterBarAndEmptyMessage();
    void emptyMessageShowsAfterScrolling();
    void stateFilterFitsItsLongestEntry();
    void paintsStateByTextColourAndIcon();
    void rowsGrowWithTheFont();
    void clickingPaintedButtons();
    void finishedRowsStayWhileThePointerIsOver();
    void contextMenuAndKeys();
    void dropReordersWaitingJobs();
    void dragNamesExistingFilesOnly();
    void saveCopy();
    void saveAsKeepsTheSavedJobSelected();
    void saveCopyReportsUnwritableFolder();
    void tenThousandJobs();
    void endToEndWithQueue();

private:
    void show(JobPanel &panel);
    void clickButton(JobPanel &panel, qint64 id, JobAction action);

    QTemporaryDir m_sources;
    QString m_db;
};

void TestJobPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_sources.isValid());
    // Big enough that an XLSX export of it runs for a while on one thread (the end-to-end test
    // needs jobs that wait behind it).
    m_db = m_sources.filePath(QStringLiteral("demo.db"));
    DemoOptions options;
    options.rows = 20000;
    QString error;
    QVERIFY2(createDemoDatabase(m_db, options, &error), qPrintable(error));
}

void TestJobPanel::show(JobPanel &panel)
{
    panel.resize(1400, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
}

void TestJobPanel::clickButton(JobPanel &panel, qint64 id, JobAction action)
{
    const QModelIndex index = indexOf(panel, id);
    QVERIFY2(index.isValid(), qPrintable(QStringLiteral("job %1 not shown").arg(id)));
    panel.view()->scrollTo(index);
    const QRect rect = panel.view()->actionButtonRect(index, action);
    QVERIFY2(rect.isValid(), qPrintable(QStringLiteral("job %1 has no %2 button")
                                            .arg(id)
                                            .arg(jobActionText(action))));
    QVERIFY(panel.view()->viewport()->rect().contains(rect));
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestJobPanel::queueOrder()
{
    JobListModel model;
    model.setJobs(everyState());
    JobFilterProxy proxy(JobFilterProxy::Kind::Queue);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Running, paused, interrupted, then waiting ones by start order (ties by id).
    QCOMPARE(idsOf(proxy), (QList<qint64>{2, 3, 8, 4, 9, 1}));

    // A waiting job starts, the running one completes: both move.
    model.onJobsUpdated({job(4, JobState::Running, QStringLiteral("Pending first"), 10),
                         job(2, JobState::Completed, QStringLiteral("Running one"))});
    QCOMPARE(idsOf(proxy), (QList<qint64>{4, 3, 8, 9, 1}));
    // A new start order arrives from the queue.
    model.onJobsUpdated({job(1, JobState::Pending, QStringLiteral("Pending last"), 5)});
    QCOMPARE(idsOf(proxy), (QList<qint64>{4, 3, 8, 1, 9}));
    model.onJobsAdded({job(20, JobState::Pending, QStringLiteral("New"), 40)});
    model.onJobsRemoved({3});
    QCOMPARE(idsOf(proxy), (QList<qint64>{4, 8, 1, 9, 20}));
    QCOMPARE(proxy.flags(proxy.index(0, 0)) & Qt::ItemIsDragEnabled, Qt::ItemFlags()); // running
    QVERIFY(proxy.flags(proxy.index(2, 0)) & Qt::ItemIsDragEnabled);                  // pending
    QVERIFY(proxy.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QCOMPARE(proxy.headerData(JobFilterProxy::ActionsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Actions"));
}

void TestJobPanel::historySortFilterSearch()
{
    JobListModel model;
    JobFilterProxy proxy(JobFilterProxy::Kind::History);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJobs(everyState());

    // Newest finished first by default.
    QCOMPARE(idsOf(proxy), (QList<qint64>{7, 6, 5}));
    proxy.sort(JobListModel::Description, Qt::AscendingOrder);
    QCOMPARE(idsOf(proxy), (QList<qint64>{6, 7, 5})); // alle, Beëindigde, Vastgestelde
    proxy.sort(JobListModel::Finished, Qt::DescendingOrder);

    proxy.setStateFilter(int(JobState::Failed));
    QCOMPARE(idsOf(proxy), (QList<qint64>{6}));
    proxy.setStateFilter(-1);
    proxy.setSearchText(QStringLiteral("DEFINITIES"));
    QCOMPARE(idsOf(proxy), (QList<qint64>{6, 5}));
    proxy.setSearchText(QStringLiteral("beëindigde"));
    QCOMPARE(idsOf(proxy), (QList<qint64>{7}));
    proxy.setStateFilter(int(JobState::Completed));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    proxy.setStateFilter(-1);

    // Jobs that finish arrive in the history; retried ones leave it.
    model.onJobsUpdated({job(2, JobState::Completed, QStringLiteral("Running one")),
                         job(6, JobState::Pending, QStringLiteral("alle definities – CSV"))});
    // (Several separate dataChanged ranges: the proxy checks its order once they are through.)
    QTRY_COMPARE(idsOf(proxy), (QList<qint64>{7, 5, 2}));
    // Finished just now: first.
    JobSnapshot latest = job(1, JobState::Cancelled, QStringLiteral("Pending last"));
    latest.record.finishedAt = Base.addDays(1);
    model.onJobsUpdated({latest});
    QTRY_COMPARE(idsOf(proxy).constFirst(), 1);
    QCOMPARE(proxy.headerData(JobFilterProxy::ActionsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Actions and error"));
}

void TestJobPanel::panelColumnsFilterBarAndEmptyMessage()
{
    JobListModel model;
    JobPanel queue(JobPanel::Kind::Queue, &model, nullptr);
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    show(queue);
    show(history);
    QVERIFY(queue.isEmptyMessageVisible());
    QCOMPARE(queue.emptyText(), QStringLiteral("No exports in the queue — start one with New export…"));
    QVERIFY(queue.findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible());
    QVERIFY(history.isEmptyMessageVisible());

    model.setJobs(everyState());
    QVERIFY(!queue.isEmptyMessageVisible());
    QVERIFY(!history.isEmptyMessageVisible());
    QCOMPARE(queue.visibleIds(), (QList<qint64>{2, 3, 8, 4, 9, 1}));
    QCOMPARE(history.visibleIds(), (QList<qint64>{7, 6, 5}));

    const auto shown = [](const JobPanel &panel) {
        QList<int> columns;
        for (int c = 0; c < JobListModel::Count; ++c) {
            if (!panel.view()->isColumnHidden(c))
                columns << c;
        }
        return columns;
    };
    QCOMPARE(shown(queue), (QList<int>{JobListModel::Description, JobListModel::State,
                                        JobListModel::Progress, JobListModel::Rows,
                                        JobListModel::Eta, JobListModel::Position,
                                        JobListModel::Format, JobFilterProxy::ActionsColumn}));
    QCOMPARE(shown(history), (QList<int>{JobListModel::Description, JobListModel::State,
                                          JobListModel::Rows, JobListModel::Format,
                                          JobListModel::Finished, JobFilterProxy::ActionsColumn}));
    QVERIFY(!queue.view()->isSortingEnabled());
    QVERIFY(history.view()->isSortingEnabled());
    QVERIFY(!queue.view()->accessibleName().isEmpty());
    QVERIFY(queue.view()->accessibleName() != history.view()->accessibleName());

    // Clicking the Description header sorts the history, clicking again reverses.
    QHeaderView *header = history.view()->header();
    const int x = header->sectionViewportPosition(JobListModel::Description) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    const QList<qint64> first = history.visibleIds();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QList<qint64> reversed = history.visibleIds();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(first, reversed);
    QVERIFY(first == (QList<qint64>{6, 7, 5}) || first == (QList<qint64>{5, 7, 6}));

    // The filter bar drives the proxy.
    auto *combo = history.findChild<QComboBox *>(QStringLiteral("stateFilter"));
    auto *search = history.findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(combo && search);
    QCOMPARE(combo->count(), 4);
    QVERIFY(search->isClearButtonEnabled());
    QVERIFY(!search->placeholderText().isEmpty());
    combo->setCurrentIndex(combo->findData(int(JobState::Failed)));
    QCOMPARE(history.visibleIds(), (QList<qint64>{6}));
    combo->setCurrentIndex(0);
    QTest::keyClicks(search, QStringLiteral("vastGESTELDE"));
    QCOMPARE(history.visibleIds(), (QList<qint64>{5}));
    QTest::keyClicks(search, QStringLiteral("xyz"));
    QVERIFY(history.isEmptyMessageVisible());
    QCOMPARE(history.emptyText(), QStringLiteral("No finished exports match this filter."));
    search->clear();
    QCOMPARE(history.visibleIds().size(), 3);
    // The window sets the filter from outside: the combo follows.
    history.setStateFilter(int(JobState::Cancelled));
    QCOMPARE(combo->currentData().toInt(), int(JobState::Cancelled));
    QCOMPARE(history.visibleIds(), (QList<qint64>{7}));

    // Selection and current job.
    QSignalSpy current(&queue, &JobPanel::currentJobChanged);
    QVERIFY(queue.selectJob(9));
    QCOMPARE(queue.currentId(), 9);
    QCOMPARE(queue.selectedIds(), (QList<qint64>{9}));
    QCOMPARE(current.last().at(0).toLongLong(), 9);
    QVERIFY(!queue.selectJob(5)); // a finished job is not in the queue panel
}

// Pixels in the middle band of the viewport that differ from its background.
static int inkInTheMiddle(QWidget *viewport)
{
    const QImage image = viewport->grab().toImage();
    const QRgb background = image.pixel(2, 2);
    const int band = viewport->fontMetrics().height() * 2;
    int ink = 0;
    for (int y = qMax(0, image.height() / 2 - band); y < qMin(image.height(), image.height() / 2 + band); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixel(x, y) != background ? 1 : 0;
    }
    return ink;
}

void TestJobPanel::emptyMessageShowsAfterScrolling()
{
    QList<JobSnapshot> jobs;
    for (qint64 id = 1; id <= 300; ++id)
        jobs << job(id, JobState::Completed, QStringLiteral("Export %1").arg(id));
    JobListModel model;
    model.setJobs(jobs);
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    show(history);
    // Narrower than its columns and scrolled both ways, as a user on a small screen leaves it.
    history.resize(500, 400);
    history.view()->scrollToBottom();
    QScrollBar *across = history.view()->horizontalScrollBar();
    QTRY_VERIFY(across->maximum() > 400);
    across->setValue(across->maximum());
    QTRY_VERIFY(history.view()->verticalScrollBar()->value() > 0);
    QCoreApplication::processEvents();

    history.setStateFilter(int(JobState::Failed));
    history.setSearchText(QStringLiteral("no such export"));
    QCOMPARE(history.visibleIds(), QList<qint64>());
    QVERIFY(history.isEmptyMessageVisible());
    QCOMPARE(history.emptyText(), QStringLiteral("No finished exports match this filter."));
    // Where the user looks: in the middle of the (otherwise blank) list, also after the empty
    // list was scrolled sideways (its columns are wider than the panel).
    QTRY_VERIFY(inkInTheMiddle(history.view()->viewport()) > 50);
    across->setValue(0);
    QCoreApplication::processEvents();
    QTRY_VERIFY(inkInTheMiddle(history.view()->viewport()) > 50);
    across->setValue(across->maximum());
    QCoreApplication::processEvents();
    QTRY_VERIFY(inkInTheMiddle(history.view()->viewport()) > 50);

    history.setSearchText(QString());
    history.setStateFilter(-1);
    QCOMPARE(history.visibleIds().size(), 300);
    QVERIFY(!history.isEmptyMessageVisible());
}

void TestJobPanel::stateFilterFitsItsLongestEntry()
{
    JobListModel model;
    model.setJobs(everyState());
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    show(history);
    auto *combo = history.findChild<QComboBox *>(QStringLiteral("stateFilter"));
    QVERIFY(combo);
    const auto guard = qScopeGuard([] {
        installLanguage(QString());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    // Shown in English first, then switched: "Geannuleerd" is longer than any English entry.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        QVERIFY(installLanguage(language));
        history.retranslate();
        QTRY_VERIFY(combo->width() >= combo->sizeHint().width());
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.rect = combo->rect();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        for (int i = 0; i < combo->count(); ++i) {
            const int needed = combo->fontMetrics().horizontalAdvance(combo->itemText(i));
            QVERIFY2(field.width() >= needed,
                     qPrintable(QStringLiteral("%1: %2 < %3 px")
                                    .arg(combo->itemText(i))
                                    .arg(field.width())
                                    .arg(needed)));
        }
    }
    QCOMPARE(combo->itemText(3), QStringLiteral("Geannuleerd"));
}

void TestJobPanel::paintsStateByTextColourAndIcon()
{
    JobListModel model;
    model.setJobs(everyState());
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    show(history);
    JobView *view = history.view();

    // The failed row shows its state in words, the error's first line, the full error on hover.
    const QModelIndex state = indexOf(history, 6, JobListModel::State);
    QCOMPARE(state.data().toString(), QStringLiteral("Failed"));
    const QModelIndex error = indexOf(history, 6, JobListModel::Error);
    QCOMPARE(error.data().toString(), QStringLiteral("The database is locked."));
    QVERIFY(error.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Second line")));

    // ... and in red-ish, with an icon; the completed row in green-ish.
    const QImage image = view->viewport()->grab().toImage();
    const auto countPixels = [&](const QRect &rect, auto predicate) {
        int n = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            for (int x = rect.left(); x <= rect.right(); ++x)
                n += predicate(QColor(image.pixel(x, y))) ? 1 : 0;
        return n;
    };
    const auto reddish = [](const QColor &c) { return c.red() > 120 && c.green() < 90 && c.blue() < 90; };
    const auto greenish = [](const QColor &c) { return c.green() > 80 && c.red() < 90 && c.blue() < 110; };
    const qreal ratio = view->viewport()->devicePixelRatioF();
    const auto scaled = [ratio](const QRect &r) {
        return QRect((r.topLeft() * ratio), (r.size() * ratio)).adjusted(0, 0, -1, -1);
    };
    // The text, right of the icon: coloured for failed and completed, not for cancelled.
    const int icon = view->fontMetrics().height() * 2;
    const auto text = [&](qint64 id) {
        return scaled(view->visualRect(indexOf(history, id, JobListModel::State)).adjusted(icon, 0, 0, 0));
    };
    QVERIFY(countPixels(text(6), reddish) > 10);
    QCOMPARE(countPixels(text(7), reddish), 0);
    QVERIFY(countPixels(text(5), greenish) > 10);
    QCOMPARE(countPixels(text(5), reddish), 0);

    // The queue's progress column draws a bar: more highlight colour at 65% than at 0%.
    JobPanel queue(JobPanel::Kind::Queue, &model, nullptr);
    show(queue);
    const QImage bars = queue.view()->viewport()->grab().toImage();
    const QColor highlight = queue.palette().color(QPalette::Highlight);
    const auto filled = [&](qint64 id) {
        const QRect r = scaled(queue.view()->visualRect(indexOf(queue, id, JobListModel::Progress)));
        int n = 0;
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c(bars.pixel(x, r.center().y()));
            n += qAbs(c.hue() - highlight.hue()) < 20 && c.saturation() > 60 ? 1 : 0;
        }
        return n;
    };
    QVERIFY2(filled(2) > filled(4) + 20, qPrintable(QStringLiteral("%1 vs %2").arg(filled(2)).arg(filled(4))));
}

void TestJobPanel::rowsGrowWithTheFont()
{
    JobListModel model;
    model.setJobs(everyState());
    JobPanel queue(JobPanel::Kind::Queue, &model, nullptr);
    show(queue);
    const int normal = queue.view()->visualRect(queue.proxy()->index(0, 0)).height();
    QVERIFY(normal > queue.fontMetrics().height() * 3 / 2); // a bit taller than text
    QFont big = queue.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    queue.view()->setFont(big);
    queue.view()->doItemsLayout();
    const int large = queue.view()->visualRect(queue.proxy()->index(0, 0)).height();
    QVERIFY2(large > normal * 3 / 2, qPrintable(QStringLiteral("%1 -> %2").arg(normal).arg(large)));
    // Buttons scale too and stay inside their row.
    const QModelIndex pending = indexOf(queue, 4);
    const QRect button = queue.view()->actionButtonRect(pending, JobAction::Cancel);
    QVERIFY(button.height() > QFontMetrics(big).height());
    QVERIFY(queue.view()->visualRect(pending.siblingAtColumn(JobFilterProxy::ActionsColumn))
                .contains(button));
}

void TestJobPanel::clickingPaintedButtons()
{
    JobListModel model;
    model.setJobs(everyState());
    JobPanel queue(JobPanel::Kind::Queue, &model, nullptr);
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    show(queue);
    show(history);
    QSignalSpy queueActions(queue.view(), &JobView::actionRequested);
    QSignalSpy historyActions(history.view(), &JobView::actionRequested);

    clickButton(queue, 4, JobAction::Cancel);
    QCOMPARE(queueActions.size(), 1);
    QCOMPARE(queueActions.at(0).at(0).value<JobAction>(), JobAction::Cancel);
    QCOMPARE(queueActions.at(0).at(1).toLongLong(), 4);
    clickButton(queue, 3, JobAction::Resume);
    QCOMPARE(queueActions.last().at(0).value<JobAction>(), JobAction::Resume);
    QCOMPARE(queueActions.last().at(1).toLongLong(), 3);
    clickButton(history, 6, JobAction::Retry);
    QCOMPARE(historyActions.last().at(0).value<JobAction>(), JobAction::Retry);
    QCOMPARE(historyActions.last().at(1).toLongLong(), 6);

    // Buttons that a state does not have are not there; a click beside them does nothing.
    QVERIFY(queue.view()->actionButtonRect(indexOf(queue, 4), JobAction::Retry).isEmpty());
    QVERIFY(queue.view()->actionButtonRect(indexOf(queue, 8), JobAction::Cancel).isEmpty());
    // A completed job whose file is missing offers Remove only.
    QVERIFY(history.view()->actionButtonRect(indexOf(history, 5), JobAction::SaveAs).isEmpty());
    QVERIFY(!history.view()->actionButtonRect(indexOf(history, 5), JobAction::Remove).isEmpty());
    const int before = queueActions.size();
    const QRect cell = queue.view()->visualRect(indexOf(queue, 4, JobListModel::Description));
    QTest::mouseClick(queue.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(queueActions.size(), before);
    QCOMPARE(queue.currentId(), 4); // an ordinary click selects

    // A press on a button and a release elsewhere does not trigger.
    const QRect cancel = queue.view()->actionButtonRect(indexOf(queue, 9), JobAction::Cancel);
    QTest::mousePress(queue.view()->viewport(), Qt::LeftButton, {}, cancel.center());
    QTest::mouseRelease(queue.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(queueActions.size(), before);

    // The tooltip of a button is its description; elsewhere on a failed row the full error.
    const QRect retry = history.view()->actionButtonRect(indexOf(history, 6), JobAction::Retry);
    QHelpEvent tip(QEvent::ToolTip, retry.center(), history.view()->viewport()->mapToGlobal(retry.center()));
    QApplication::sendEvent(history.view()->viewport(), &tip);
    QTRY_COMPARE(QToolTip::text(), jobActionToolTip(JobAction::Retry));
    const QRect errorCell = history.view()->visualRect(indexOf(history, 6, JobListModel::Description));
    QHelpEvent tip2(QEvent::ToolTip, errorCell.center(), history.view()->viewport()->mapToGlobal(errorCell.center()));
    QApplication::sendEvent(history.view()->viewport(), &tip2);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("Second line of the error")));
    QToolTip::hideText();

    // Hovering a button gives it the hover look (the delegate knows which one).
    QTest::mouseMove(queue.view()->viewport(), cancel.center());
    QTRY_VERIFY(queue.view()->jobDelegate()->hasHoveredButton());
    QTest::mouseMove(queue.view()->viewport(), cell.center());
    QTRY_VERIFY(!queue.view()->jobDelegate()->hasHoveredButton());
}

void TestJobPanel::finishedRowsStayWhileThePointerIsOver()
{
    JobListModel model;
    model.setJobs(everyState());
    JobPanel queue(JobPanel::Kind::Queue, &model, nullptr);
    show(queue);
    QAbstractItemModelTester tester(queue.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobSnapshot second = job(10, JobState::Running, QStringLiteral("Running two"));
    model.onJobsAdded({second, job(11, JobState::Pending, QStringLiteral("Next"), 5)});
    QCOMPARE(queue.visibleIds(), (QList<qint64>{2, 10, 3, 8, 11, 4, 9, 1}));
    const QRect pauseOfTen = queue.view()->actionButtonRect(indexOf(queue, 10), JobAction::Pause);
    QVERIFY(pauseOfTen.isValid());

    // The pointer comes over the list; job 2 (above job 10) finishes.
    QWidget *viewport = queue.view()->viewport();
    QEnterEvent enter(QPointF(pauseOfTen.center()), QPointF(pauseOfTen.center()),
                      QPointF(viewport->mapToGlobal(pauseOfTen.center())));
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(queue.proxy()->isHolding());
    model.onJobsUpdated({job(2, JobState::Completed, QStringLiteral("Running one"))});
    QCoreApplication::processEvents(); // the proxy's order check
    QCOMPARE(queue.visibleIds(), (QList<qint64>{2, 10, 3, 8, 11, 4, 9, 1}));
    // Job 10's Pause button is where it was; the finished row shows no buttons at all.
    QCOMPARE(queue.view()->actionButtonRect(indexOf(queue, 10), JobAction::Pause), pauseOfTen);
    for (JobAction action : {JobAction::Pause, JobAction::Cancel, JobAction::SaveAs,
                             JobAction::OpenFolder, JobAction::Remove})
        QVERIFY(!queue.view()->actionButtonRect(indexOf(queue, 2), action).isValid());
    QCOMPARE(indexOf(queue, 2, JobListModel::State).data().toString(), QStringLiteral("Completed"));
    // The next job starts and one more finishes: they keep their places too; a new one is
    // added at the end of the waiting ones.
    model.onJobsUpdated({job(11, JobState::Running, QStringLiteral("Next"), 5),
                         job(3, JobState::Cancelled, QStringLiteral("Paused one"))});
    model.onJobsAdded({job(20, JobState::Pending, QStringLiteral("New"), 40)});
    QCoreApplication::processEvents();
    QCOMPARE(queue.visibleIds(), (QList<qint64>{2, 10, 3, 8, 11, 4, 9, 1, 20}));
    QCOMPARE(queue.view()->actionButtonRect(indexOf(queue, 10), JobAction::Pause), pauseOfTen);
    QCOMPARE(indexOf(queue, 11, JobListModel::State).data().toString(), QStringLiteral("Running"));
    // Job 10 is paused (its Pause clicked): it stays where the pointer is.
    model.onJobsUpdated({job(10, JobState::Paused, QStringLiteral("Running two"))});
    QCoreApplication::processEvents();
    QCOMPARE(queue.visibleIds(), (QList<qint64>{2, 10, 3, 8, 11, 4, 9, 1, 20}));
    QVERIFY(queue.view()->actionButtonRect(indexOf(queue, 10), JobAction::Resume).isValid());

    // The pointer leaves: the list compacts.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(viewport, &leave);
    QVERIFY(!queue.proxy()->isHolding());
    QCOMPARE(queue.visibleIds(), (QList<qint64>{11, 10, 8, 4, 9, 1, 20}));
    QTRY_COMPARE(queue.visibleIds(), (QList<qint64>{11, 10, 8, 4, 9, 1, 20}));

    // Not over the list: a finished job leaves at once.
    model.onJobsUpdated({job(10, JobState::Failed, QStringLiteral("Running two"))});
    QCOMPARE(queue.visibleIds(), (QList<qint64>{11, 8, 4, 9, 1, 20}));
}

void TestJobPanel::contextMenuAndKeys()
{
    QTemporaryDir dir;
    JobListModel model;
    QList<JobSnapshot> jobs = everyState();
    jobs[4].record.outputPath = dir.filePath(QStringLiteral("done.csv"));
    QVERIFY(writeFile(jobs[4].record.outputPath, "a;b\r\n"));
    model.setJobs(jobs);
    JobPanel queue(JobPanel::Kind::Queue, &model, nullptr);
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    show(queue);

    const auto texts = [](QMenu *menu) {
        QStringList t;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                t << a->text();
        }
        delete menu;
        return t;
    };
    const QStringList pending = texts(queue.view()->createContextMenu(indexOf(queue, 4)));
    for (const QString &expected : {jobActionText(JobAction::Pause), jobActionText(JobAction::Cancel),
                                    QStringLiteral("Move to top"), QStringLiteral("Move up"),
                                    QStringLiteral("Move down"), QStringLiteral("Move to bottom"),
                                    QStringLiteral("Details")})
        QVERIFY2(pending.contains(expected), qPrintable(expected));
    const QStringList running = texts(queue.view()->createContextMenu(indexOf(queue, 2)));
    QVERIFY(running.contains(jobActionText(JobAction::Cancel)));
    QVERIFY(!running.contains(QStringLiteral("Move up")));
    const QStringList completed = texts(history.view()->createContextMenu(indexOf(history, 5)));
    for (JobAction a : {JobAction::SaveAs, JobAction::OpenFolder, JobAction::Remove})
        QVERIFY2(completed.contains(jobActionText(a)), qPrintable(jobActionText(a)));

    // A menu entry runs the action.
    QSignalSpy actions(queue.view(), &JobView::actionRequested);
    QMenu *menu = queue.view()->createContextMenu(indexOf(queue, 3));
    for (QAction *a : menu->actions()) {
        if (a->text() == jobActionText(JobAction::Resume))
            a->trigger();
    }
    delete menu;
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.at(0).at(1).toLongLong(), 3);

    // Enter asks for details, Delete for cancelling the selection.
    QSignalSpy details(&queue, &JobPanel::detailsRequested);
    QSignalSpy deletes(queue.view(), &JobView::deleteRequested);
    queue.view()->setFocus();
    QVERIFY(queue.selectJob(9));
    QTest::keyClick(queue.view(), Qt::Key_Return);
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.at(0).at(0).toLongLong(), 9);
    QTest::keyClick(queue.view(), Qt::Key_Delete);
    QCOMPARE(deletes.size(), 1);
}

void TestJobPanel::dropReordersWaitingJobs()
{
    JobListModel model;
    model.setJobs(everyState()); // queue: 2 running, 3 paused, 8 interrupted, 4, 9, 1 waiting
    JobPanel queue(JobPanel::Kind::Queue, &model, nullptr);
    show(queue);
    JobFilterProxy *proxy = queue.proxy();
    QSignalSpy reorder(proxy, &JobFilterProxy::reorderRequested);
    const auto mime = [&](const QList<qint64> &ids) {
        QModelIndexList indexes;
        for (qint64 id : ids)
            indexes << indexOf(queue, id);
        return std::unique_ptr<QMimeData>(proxy->mimeData(indexes));
    };

    // Job 1 (last) dropped above job 4 (first waiting): first.
    auto data = mime({1});
    QVERIFY(data->hasFormat(QLatin1String(JobFilterProxy::JobIdsMimeType)));
    QVERIFY(proxy->canDropMimeData(data.get(), Qt::MoveAction, indexOf(queue, 4).row(), 0, {}));
    QVERIFY(proxy->dropMimeData(data.get(), Qt::MoveAction, indexOf(queue, 4).row(), 0, {}));
    QCOMPARE(reorder.size(), 1);
    QCOMPARE(reorder.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{1, 4, 9}));
    // Dropped above the running job: still only among the waiting ones, first.
    QVERIFY(proxy->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(reorder.last().at(0).value<QList<qint64>>(), (QList<qint64>{1, 4, 9}));
    // Jobs 4 and 9 dropped at the end (on the viewport).
    auto two = mime({9, 4});
    QVERIFY(proxy->dropMimeData(two.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(reorder.last().at(0).value<QList<qint64>>(), (QList<qint64>{1, 4, 9}));
    // Dropped where they are: no command.
    const int count = reorder.size();
    auto same = mime({4});
    QVERIFY(proxy->dropMimeData(same.get(), Qt::MoveAction, indexOf(queue, 9).row(), 0, {}));
    QCOMPARE(reorder.size(), count);
    // A running job cannot be dragged into the order; neither can foreign data.
    auto running = mime({2});
    QVERIFY(!proxy->canDropMimeData(running.get(), Qt::MoveAction, 3, 0, {}));
    QMimeData foreign;
    foreign.setText(QStringLiteral("1"));
    QVERIFY(!proxy->canDropMimeData(&foreign, Qt::MoveAction, 3, 0, {}));
    QVERIFY(!proxy->dropMimeData(&foreign, Qt::MoveAction, 3, 0, {}));

    // A real drop event on the viewport, in the lower edge of job 4's row: below it.
    auto dragged = mime({1});
    const QRect row4 = queue.view()->visualRect(indexOf(queue, 4, JobListModel::Description));
    const QPoint below(row4.center().x(), row4.bottom() - 1);
    QVERIFY(dropAt(queue.view()->viewport(), below, dragged.get()));
    QCOMPARE(reorder.last().at(0).value<QList<qint64>>(), (QList<qint64>{4, 1, 9}));
    // ... and in the upper edge of job 4's row: above it.
    const QPoint above(row4.center().x(), row4.top() + 1);
    QVERIFY(dropAt(queue.view()->viewport(), above, dragged.get()));
    QCOMPARE(reorder.last().at(0).value<QList<qint64>>(), (QList<qint64>{1, 4, 9}));
}

void TestJobPanel::dragNamesExistingFilesOnly()
{
    QTemporaryDir dir;
    QList<JobSnapshot> jobs = everyState();
    JobSnapshot second = job(10, JobState::Completed, QStringLiteral("Second file"));
    JobSnapshot gone = job(11, JobState::Completed, QStringLiteral("Deleted file"));
    jobs[4].record.outputPath = dir.filePath(QStringLiteral("one.xlsx"));
    second.record.outputPath = dir.filePath(QStringLiteral("two.csv"));
    gone.record.outputPath = dir.filePath(QStringLiteral("gone.csv"));
    jobs << second << gone;
    for (const JobSnapshot &j : std::as_const(jobs)) {
        if (!j.record.outputPath.isEmpty())
            QVERIFY(writeFile(j.record.outputPath, "data"));
    }
    JobListModel model;
    model.setJobs(jobs);
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    show(history);
    JobFilterProxy *proxy = history.proxy();
    QVERIFY(proxy->flags(indexOf(history, 11)) & Qt::ItemIsDragEnabled);
    QVERIFY(QFile::remove(gone.record.outputPath));
    proxy->invalidateFiles(); // the cache would notice within seconds; the drag at once

    QModelIndexList all;
    for (int row = 0; row < proxy->rowCount(); ++row)
        all << proxy->index(row, 0);
    std::unique_ptr<QMimeData> data(proxy->mimeData(all));
    QVERIFY(data);
    QList<QString> files;
    for (const QUrl &url : data->urls()) {
        QVERIFY(url.isLocalFile());
        files << url.toLocalFile();
    }
    std::sort(files.begin(), files.end());
    QCOMPARE(files, (QList<QString>{jobs[4].record.outputPath, second.record.outputPath}));
    for (const QString &file : std::as_const(files))
        QVERIFY(QFileInfo::exists(file));
    QVERIFY(!(proxy->flags(indexOf(history, 11)) & Qt::ItemIsDragEnabled));
    QVERIFY(!(proxy->flags(indexOf(history, 6)) & Qt::ItemIsDragEnabled)); // failed
    QVERIFY(proxy->flags(indexOf(history, 10)) & Qt::ItemIsDragEnabled);
    QCOMPARE(proxy->supportedDragActions(), Qt::CopyAction);
    // The deleted file's job lost its Save as / Open folder buttons.
    QVERIFY(history.view()->actionButtonRect(indexOf(history, 11), JobAction::SaveAs).isEmpty());
    QVERIFY(!history.view()->actionButtonRect(indexOf(history, 10), JobAction::SaveAs).isEmpty());

    // Only the failed job selected: ids, no file.
    std::unique_ptr<QMimeData> failed(proxy->mimeData({indexOf(history, 6)}));
    QVERIFY(!failed->hasUrls());
}

void TestJobPanel::saveCopy()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("export.csv"));
    QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    QVERIFY(writeFile(source, bytes));
    JobSnapshot done = job(1, JobState::Completed, QStringLiteral("Export"));
    done.record.outputPath = source;
    JobListModel model;
    model.setJobs({done});
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    QSignalSpy finished(&history, &JobPanel::copyFinished);
    QSignalSpy notices(&history, &JobPanel::notice);

    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("copies")));
    const QString destination = dir.filePath(QStringLiteral("copies/copy.csv"));
    history.saveCopy(1, destination);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(2).toBool(), true);
    QCOMPARE(TestSupport::readFile(destination), bytes);
    QVERIFY(!QFileInfo::exists(destination + QStringLiteral(".part")));
    QVERIFY(notices.last().at(0).toString().contains(QStringLiteral("copy.csv")));

    // An existing file is replaced.
    QVERIFY(writeFile(destination, "old"));
    history.saveCopy(1, destination);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(finished.at(1).at(2).toBool());
    QCOMPARE(TestSupport::fileSha256(destination), TestSupport::fileSha256(source));

    // A folder that does not exist: reported, nothing written.
    history.saveCopy(1, dir.filePath(QStringLiteral("missing/copy.csv")));
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY(!finished.at(2).at(2).toBool());
    QVERIFY2(notices.last().at(0).toString().contains(QStringLiteral("does not exist")),
             qPrintable(notices.last().at(0).toString()));

    // The source is gone.
    QVERIFY(QFile::remove(source));
    history.saveCopy(1, destination);
    QTRY_COMPARE(finished.size(), 4);
    QVERIFY(!finished.at(3).at(2).toBool());
    QCOMPARE(TestSupport::fileSha256(destination).isEmpty(), false); // the old copy stays
}

void TestJobPanel::saveAsKeepsTheSavedJobSelected()
{
    QTemporaryDir dir;
    QList<JobSnapshot> jobs;
    for (qint64 id = 1; id <= 3; ++id) {
        JobSnapshot done = job(id, JobState::Completed, QStringLiteral("Export %1").arg(id));
        done.record.outputPath = dir.filePath(QStringLiteral("export-%1.csv").arg(id));
        QVERIFY(writeFile(done.record.outputPath, "a;b\n"));
        jobs << done;
    }
    JobListModel model;
    model.setJobs(jobs);
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    show(history);
    history.activateWindow();
    history.view()->setFocus();
    QSignalSpy finished(&history, &JobPanel::copyFinished);
    QSignalSpy current(&history, &JobPanel::currentJobChanged);
    QCOMPARE(history.visibleIds(), (QList<qint64>{3, 2, 1}));
    // The list got the focus: its first row is current (Qt's item views do that), not row 2.
    QTRY_COMPARE(history.currentId(), 3);

    // Answer the save dialog once it shows (getSaveFileName blocks meanwhile).
    const QString destination = dir.filePath(QStringLiteral("copy.csv"));
    bool answered = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &history, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        answer.stop();
        answered = true;
        dialog->selectFile(destination);
        static_cast<QDialog *>(dialog)->done(QDialog::Accepted);
    });
    answer.start();
    clickButton(history, 2, JobAction::SaveAs);
    QVERIFY(answered);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(2).toBool());
    // The dialog closed and the window got its focus back: the saved job is still the one
    // selected (and so the one the details show).
    QTest::qWait(50);
    QCOMPARE(history.currentId(), 2);
    QCOMPARE(history.selectedIds(), (QList<qint64>{2}));
    QCOMPARE(current.last().at(0).toLongLong(), 2);
}

void TestJobPanel::saveCopyReportsUnwritableFolder()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(writeFile(source, QByteArray(100000, 'x')));
    JobSnapshot done = job(1, JobState::Completed, QStringLiteral("Export"));
    done.record.outputPath = source;
    JobListModel model;
    model.setJobs({done});
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    QSignalSpy finished(&history, &JobPanel::copyFinished);
    QSignalSpy notices(&history, &JobPanel::notice);

    // Permissions do not stop root; sysfs refuses new files to everyone.
    QString folder;
    if (::geteuid() == 0) {
        folder = QStringLiteral("/sys");
    } else {
        folder = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    history.saveCopy(1, folder + QStringLiteral("/copy.csv"));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(2).toBool());
    QVERIFY2(notices.last().at(0).toString().contains(QStringLiteral("no permission")),
             qPrintable(notices.last().at(0).toString()));
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/copy.csv")));
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/copy.csv.part")));
    if (::geteuid() != 0)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestJobPanel::tenThousandJobs()
{
    QList<JobSnapshot> jobs;
    const JobState states[] = {JobState::Pending, JobState::Completed, JobState::Failed,
                               JobState::Cancelled, JobState::Completed};
    for (int i = 1; i <= 10000; ++i) {
        JobSnapshot s = job(i, states[i % 5], QStringLiteral("Export %1").arg(i),
                            states[i % 5] == JobState::Pending ? 20000 - i : 0);
        s.record.outputPath = QStringLiteral("/nonexistent/export-%1.csv").arg(i);
        jobs << s;
    }
    jobs[0].record.state = JobState::Running;
    JobListModel model;
    JobPanel queue(JobPanel::Kind::Queue, &model, nullptr);
    JobPanel history(JobPanel::Kind::History, &model, nullptr);
    show(queue);
    show(history);

    QElapsedTimer timer;
    timer.start();
    model.setJobs(jobs);
    const qint64 load = timer.elapsed();
    QCOMPARE(queue.visibleIds().size(), 2000 + 1);     // every fifth waits, one runs
    QCOMPARE(history.visibleIds().size(), 7999);
    QCOMPARE(queue.visibleIds().constFirst(), 1);      // running
    QCOMPARE(queue.visibleIds().at(1), 10000);         // smallest position
    QCOMPARE(history.visibleIds().constFirst(), 9999); // finished last

    timer.restart();
    queue.repaint();
    history.repaint();
    const qint64 paint = timer.elapsed();

    // Half of the jobs change at once (a bulk retry): one pass through the proxies.
    QList<JobSnapshot> changed;
    for (int i = 0; i < 10000; i += 2) {
        JobSnapshot s = jobs.at(i);
        if (isFinishedState(s.record.state)) {
            s.record.state = JobState::Pending;
            s.record.position = 30000 + i;
        }
        changed << s;
    }
    timer.restart();
    model.onJobsUpdated(changed);
    const qint64 update = timer.elapsed();
    QCOMPARE(queue.visibleIds().size() + history.visibleIds().size(), 10000);

    timer.restart();
    history.setSearchText(QStringLiteral("export 12"));
    const qint64 search = timer.elapsed();
    QVERIFY(history.visibleIds().size() > 0);
    qInfo("10,000 jobs: load into model and both proxies %lld ms, first paint of both panels "
          "%lld ms, 5,000 updated %lld ms, search %lld ms",
          load, paint, update, search);
}

void TestJobPanel::endToEndWithQueue()
{
    QTemporaryDir data;
    QTemporaryDir out;
    QueueClient client;
    JobListModel model;
    connect(&client, &QueueClient::jobsAdded, &model, &JobListModel::onJobsAdded);
    connect(&client, &QueueClient::jobsUpdated, &model, &JobListModel::onJobsUpdated);
    connect(&client, &QueueClient::jobsFinished, &model, &JobListModel::onJobsUpdated);
    connect(&client, &QueueClient::jobsRemoved, &model, &JobListModel::onJobsRemoved);
    QSignalSpy opened(&client, &QueueClient::opened);
    QueueClient::Settings settings;
    settings.maxConcurrent = 1;
    settings.exportDirectory = out.path();
    // The long export below waits for a locked source as long as the test needs it to run,
    // however fast exports have become.
    settings.lockTimeoutMs = 120000;
    client.open(data.path(), settings);
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(opened.at(0).at(1).toString()));
    model.setJobs(opened.at(0).at(2).value<QList<JobSnapshot>>());

    JobPanel queue(JobPanel::Kind::Queue, &model, &client);
    JobPanel history(JobPanel::Kind::History, &model, &client);
    show(queue);
    show(history);
    // The platform may have sent the viewport an Enter (the pointer where an earlier test left
    // it), and finished rows stay in the queue while the pointer is over it: start with it away.
    QEvent away(QEvent::Leave);
    QApplication::sendEvent(queue.view()->viewport(), &away);
    QVERIFY(!queue.proxy()->isHolding());
    QVERIFY(queue.isEmptyMessageVisible());

    // A fixture database exported as CSV: its row reaches 100% and Completed.
    const QString fixture = out.filePath(QStringLiteral("fixture.db"));
    QString error;
    QVERIFY2(TestSupport::createFixtureDatabase(fixture, &error), qPrintable(error));
    QSignalSpy enqueued(&client, &QueueClient::enqueued);
    ExportRequest small;
    small.database = fixture;
    small.format = Format::Csv;
    small.output = out.filePath(QStringLiteral("fixture.csv"));
    client.enqueue({small}, {QStringLiteral("Fixture export")});
    QTRY_COMPARE(enqueued.size(), 1);
    const qint64 first = enqueued.at(0).at(0).value<QList<qint64>>().value(0);
    QVERIFY(first > 0);
    QTRY_VERIFY_WITH_TIMEOUT(history.visibleIds().contains(first), 30000);
    const QModelIndex done = indexOf(history, first);
    QCOMPARE(done.siblingAtColumn(JobListModel::State).data().toString(), QStringLiteral("Completed"));
    QCOMPARE(model.index(model.rowOf(first), JobListModel::Progress).data(JobListModel::RawRole).toInt(), 100);
    QCOMPARE(model.index(model.rowOf(first), JobListModel::Progress).data().toString(), QStringLiteral("100%"));
    QVERIFY(QFileInfo::exists(small.output));
    QVERIFY(!history.view()->actionButtonRect(done, JobAction::SaveAs).isEmpty());
    // Its drag names the file.
    std::unique_ptr<QMimeData> mime(history.proxy()->mimeData({done}));
    QCOMPARE(mime->urls().value(0).toLocalFile(), QFileInfo(small.output).absoluteFilePath());
    // Save as... copies it.
    QSignalSpy copied(&history, &JobPanel::copyFinished);
    history.saveCopy(first, out.filePath(QStringLiteral("copy.csv")));
    QTRY_COMPARE(copied.size(), 1);
    QCOMPARE(TestSupport::fileSha256(out.filePath(QStringLiteral("copy.csv"))),
             TestSupport::fileSha256(small.output));

    // One long export runs (one at a time), four wait behind it. The running one reads a copy
    // of the database that a writer holds locked until the test lets it go.
    const QString lockedDb = out.filePath(QStringLiteral("locked.db"));
    QVERIFY(QFile::copy(m_db, lockedDb));
    sqlite3 *writer = nullptr;
    QCOMPARE(sqlite3_open(lockedDb.toUtf8().constData(), &writer), SQLITE_OK);
    QCOMPARE(sqlite3_exec(writer, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    const auto releaseLock = [&writer] {
        if (writer) {
            sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(writer);
            writer = nullptr;
        }
    };
    const auto lockGuard = qScopeGuard(releaseLock);
    ExportRequest big;
    big.database = m_db;
    big.format = Format::Xlsx;
    big.level = Level::Compleet;
    QList<ExportRequest> requests;
    QStringList descriptions;
    for (int i = 0; i < 5; ++i) {
        big.output = out.filePath(QStringLiteral("big-%1.xlsx").arg(i));
        big.database = i == 0 ? lockedDb : m_db;
        requests << big;
        descriptions << QStringLiteral("Big %1").arg(i);
    }
    client.enqueue(requests, descriptions);
    QTRY_COMPARE(enqueued.size(), 2);
    const QList<qint64> ids = enqueued.at(1).at(0).value<QList<qint64>>();
    QCOMPARE(ids.size(), 5);
    QTRY_COMPARE(queue.visibleIds(), ids);
    const qint64 running = ids.at(0);
    QTRY_COMPARE(JobState(indexOf(queue, running).data(JobListModel::StateRole).toInt()),
                 JobState::Running);

    // Cancel clicked on a waiting job: the queue cancels it; it moves to the history. The
    // pointer comes over the list first, as a user's does (QTest's click alone does not always
    // make the platform send the Enter).
    {
        const QPointF inside(queue.view()->viewport()->rect().center());
        QEnterEvent enter(inside, inside, queue.view()->viewport()->mapToGlobal(inside));
        QApplication::sendEvent(queue.view()->viewport(), &enter);
    }
    clickButton(queue, ids.at(1), JobAction::Cancel);
    QTRY_VERIFY(history.visibleIds().contains(ids.at(1)));
    QCOMPARE(JobState(indexOf(history, ids.at(1)).data(JobListModel::StateRole).toInt()),
             JobState::Cancelled);

    // The pointer is still over the queue: the cancelled row keeps its place (without buttons)
    // until it leaves.
    QVERIFY(queue.proxy()->isHolding());
    QCOMPARE(queue.visibleIds(), ids);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(queue.view()->viewport(), &leave);

    // A drop: the last waiting job above the first waiting one; the queue's new order arrives.
    const QList<qint64> waiting = {ids.at(2), ids.at(3), ids.at(4)};
    QCOMPARE(queue.visibleIds().mid(1), waiting);
    std::unique_ptr<QMimeData> drag(queue.proxy()->mimeData({indexOf(queue, ids.at(4))}));
    const QRect target = queue.view()->visualRect(indexOf(queue, ids.at(2), JobListModel::Description));
    QVERIFY(dropAt(queue.view()->viewport(), QPoint(target.center().x(), target.top() + 1),
                   drag.get()));
    QTRY_COMPARE(queue.visibleIds().mid(1), (QList<qint64>{ids.at(4), ids.at(2), ids.at(3)}));

    // Move to bottom with two selected (one command for the block).
    QVERIFY(queue.selectJob(ids.at(4)));
    queue.view()->selectionModel()->select(indexOf(queue, ids.at(2)),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(queue.selectedIds().size(), 2);
    queue.moveSelected(JobStore::Move::Bottom);
    QTRY_COMPARE(queue.visibleIds().mid(1), (QList<qint64>{ids.at(3), ids.at(4), ids.at(2)}));
    queue.selectJob(ids.at(3));
    queue.moveSelected(JobStore::Move::Down);
    QTRY_COMPARE(queue.visibleIds().mid(1), (QList<qint64>{ids.at(4), ids.at(3), ids.at(2)}));

    // Delete on a selected waiting job cancels it.
    queue.view()->setFocus();
    QVERIFY(queue.selectJob(ids.at(2)));
    QTest::keyClick(queue.view(), Qt::Key_Delete);
    QTRY_VERIFY(history.visibleIds().contains(ids.at(2)));

    // Retry clicked on the cancelled job: it waits again, at the end of the queue.
    clickButton(history, ids.at(1), JobAction::Retry);
    QTRY_VERIFY(queue.visibleIds().contains(ids.at(1)));
    QVERIFY(!history.visibleIds().contains(ids.at(1)));

    // Cancel clicked on the running job; it stops as soon as it can read again.
    clickButton(queue, running, JobAction::Cancel);
    QTest::qWait(200);
    releaseLock();
    QTRY_VERIFY_WITH_TIMEOUT(history.visibleIds().contains(running), 20000);
    QCOMPARE(JobState(indexOf(history, running).data(JobListModel::StateRole).toInt()),
             JobState::Cancelled);

    // Remove clicked on a finished job: gone from the model.
    clickButton(history, ids.at(2), JobAction::Remove);
    QTRY_COMPARE(model.rowOf(ids.at(2)), -1);

    // Stop the rest quickly.
    client.cancel(queue.visibleIds());
    QTRY_VERIFY_WITH_TIMEOUT(queue.visibleIds().isEmpty(), 30000);
    QVERIFY(queue.isEmptyMessageVisible());
    client.shutdown();
}

QTEST_MAIN(TestJobPanel)
#include "tst_jobpanel.moc"
