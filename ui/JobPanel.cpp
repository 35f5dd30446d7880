#include "JobPanel.h"

#include "FolderOpener.h"
#include "JobDelegate.h"
#include "JobFilterProxy.h"
#include "JobListModel.h"
#include "JobView.h"
#include "QueueClient.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace defex {

namespace {

struct CopyResult
{
    enum Error { None, SourceMissing, NoFolder, NoPermission, DiskFull, Other };
    Error error = None;
    QString detail;
};

bool isNoSpace(int err)
{
#ifdef EDQUOT
    if (err == EDQUOT)
        return true;
#endif
    return err == ENOSPC;
}

CopyResult::Error openError(int err)
{
    if (err == EACCES || err == EPERM || err == EROFS)
        return CopyResult::NoPermission;
    if (isNoSpace(err))
        return CopyResult::DiskFull;
    return CopyResult::Other;
}

// Runs off the window's thread: copies to DEST.part, then renames it over DEST, so an existing
// file at DEST stays intact until the copy is complete.
CopyResult copyFile(const QString &source, const QString &destination)
{
    CopyResult result;
    QFile in(source);
    if (!QFileInfo(source).isFile() || !in.open(QIODevice::ReadOnly)) {
        result.error = CopyResult::SourceMissing;
        result.detail = in.errorString();
        return result;
    }
    const QFileInfo target(destination);
    if (!target.absoluteDir().exists()) {
        result.error = CopyResult::NoFolder;
        return result;
    }
    if (target.exists() && QFileInfo(source).canonicalFilePath() == target.canonicalFilePath())
        return result; // it is already there
    const QString partPath = destination + QStringLiteral(".part");
    QFile out(partPath);
    errno = 0;
    // Unbuffered, so errno tells why a write failed; private like the export itself.
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        result.error = openError(errno);
        result.detail = out.errorString();
        return result;
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    bool ok = true;
    while (ok) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            result.error = CopyResult::Other;
            result.detail = in.errorString();
            ok = false;
        } else if (n == 0) {
            break;
        } else {
            errno = 0;
            if (out.write(buffer.constData(), n) != n) {
                result.error = isNoSpace(errno) ? CopyResult::DiskFull : CopyResult::Other;
                result.detail = out.errorString();
                ok = false;
            }
        }
    }
#ifdef Q_OS_UNIX
    if (ok && ::fsync(out.handle()) != 0) {
        result.error = isNoSpace(errno) ? CopyResult::DiskFull : CopyResult::Other;
        result.detail = QString::fromLocal8Bit(strerror(errno));
        ok = false;
    }
#endif
    out.close();
    if (ok && out.error() != QFileDevice::NoError) {
        result.error = CopyResult::Other;
        result.detail = out.errorString();
        ok = false;
    }
    if (ok) {
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(partPath.toStdU16String()),
                                std::filesystem::path(destination.toStdU16String()), ec);
        if (ec) {
            result.error = openError(ec.value());
            result.detail = QString::fromLocal8Bit(ec.message().c_str());
            ok = false;
        }
    }
    if (!ok)
        QFile::remove(partPath);
    return result;
}

} // namespace

JobPanel::JobPanel(Kind kind, JobListModel *model, QueueClient *client, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(model)
    , m_client(client)
{
    const auto proxyKind =
        kind == Kind::Queue ? JobFilterProxy::Kind::Queue : JobFilterProxy::Kind::History;
    m_proxy = new JobFilterProxy(proxyKind, this);
    m_proxy->setSourceModel(model);
    m_view = new JobView(proxyKind, this);
    m_view->setModel(m_proxy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (kind == Kind::History) {
        auto *bar = new QHBoxLayout;
        m_stateLabel = new QLabel(this);
        m_stateFilter = new QComboBox(this);
        m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
        m_stateLabel->setBuddy(m_stateFilter);
        m_searchLabel = new QLabel(this);
        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("search"));
        m_search->setClearButtonEnabled(true);
        m_searchLabel->setBuddy(m_search);
        // As wide as its longest entry in the current language ("Geannuleerd"), not as the
        // English texts were at the first show.
        m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        bar->addWidget(m_stateLabel);
        bar->addWidget(m_stateFilter);
        bar->addSpacing(fontMetrics().averageCharWidth() * 2);
        bar->addWidget(m_searchLabel);
        bar->addWidget(m_search, 1);
        layout->addLayout(bar);
        for (int state : {-1, int(JobState::Completed), int(JobState::Failed),
                          int(JobState::Cancelled)})
            m_stateFilter->addItem(QString(), state);
        connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
            setStateFilter(m_stateFilter->itemData(i).toInt());
        });
        connect(m_search, &QLineEdit::textChanged, this, &JobPanel::setSearchText);
    }
    layout->addWidget(m_view, 1);

    // Over the empty list, not instead of it: the header and drop target stay.
    m_emptyLabel = new QLabel(m_view->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *overlay = new QVBoxLayout(m_view->viewport());
    overlay->addWidget(m_emptyLabel);

    setUpColumns();

    connect(m_proxy, &JobFilterProxy::reorderRequested, this, [this](const QList<qint64> &ids) {
        if (m_client)
            m_client->setPendingOrder(ids);
    });
    m_opener = new FolderOpener(this);
    connect(m_opener, &FolderOpener::failed, this, &JobPanel::folderNotOpened);
    connect(m_view, &JobView::actionRequested, this, &JobPanel::trigger);
    connect(m_view, &JobView::deleteRequested, this, &JobPanel::removeOrCancelSelection);
    connect(m_view, &JobView::detailsRequested, this, &JobPanel::detailsRequested);
    connect(m_view, &JobView::moveRequested, this, &JobPanel::moveSelected);
    connect(m_view, &JobView::pinRequested, this, [this](qint64 id, bool pinned) {
        if (m_client)
            m_client->setPinned(id, pinned);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentJobChanged(m_proxy->idAt(current.row()));
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobPanel::selectionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &JobPanel::updateEmptyMessage);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JobPanel::updateEmptyMessage);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &JobPanel::updateEmptyMessage);

    retranslate();
}

JobPanel::~JobPanel() = default;

void JobPanel::setUpColumns()
{
    QList<int> shown;
    if (m_kind == Kind::Queue)
        shown = {JobListModel::Description, JobListModel::State, JobListModel::Progress,
                 JobListModel::Rows, JobListModel::Eta, JobListModel::Position,
                 JobListModel::Format, JobFilterProxy::ActionsColumn};
    else
        shown = {JobListModel::Description, JobListModel::State, JobListModel::Rows,
                 JobListModel::Format, JobListModel::Finished, JobFilterProxy::ActionsColumn};
    for (int c = 0; c < JobListModel::Count; ++c)
        m_view->setColumnHidden(c, !shown.contains(c));

    sizeColumns();

    if (m_kind == Kind::Queue) {
        m_view->setSortingEnabled(false); // one fixed order: the order jobs run in
    } else {
        m_view->setSortingEnabled(true);
        m_view->sortByColumn(JobListModel::Finished, Qt::DescendingOrder);
    }
}

// Widths from the font, so that larger text (a bigger font, 200% scaling) still fits.
void JobPanel::sizeColumns()
{
    QHeaderView *header = m_view->header();
    const QFontMetrics fm = m_view->fontMetrics();
    const int ch = fm.averageCharWidth();
    header->setMinimumSectionSize(ch * 4);
    header->resizeSection(JobListModel::Description, ch * 28);
    header->resizeSection(JobListModel::State, ch * 16 + fm.height());
    header->resizeSection(JobListModel::Progress, ch * 14);
    header->resizeSection(JobListModel::Rows, ch * 24);
    header->resizeSection(JobListModel::Eta, ch * 30);
    header->resizeSection(JobListModel::Position, ch * 11);
    header->resizeSection(JobListModel::Format, ch * 12);
    header->resizeSection(JobListModel::Finished, ch * 24);
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    const int actions = m_view->jobDelegate()->actionsWidth(option);
    header->resizeSection(JobFilterProxy::ActionsColumn,
                          m_kind == Kind::Queue ? actions : actions + ch * 28);
}

void JobPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        sizeColumns();
}

void JobPanel::retranslate()
{
    if (m_stateFilter) {
        m_stateLabel->setText(tr("Sho&w:"));
        m_stateFilter->setItemText(0, tr("All", "finished jobs of every state"));
        m_stateFilter->setItemText(1, tr("Completed", "filter: finished jobs"));
        m_stateFilter->setItemText(2, tr("Failed", "filter: finished jobs"));
        m_stateFilter->setItemText(3, tr("Cancelled", "filter: finished jobs"));
        m_stateFilter->setAccessibleName(tr("Show finished exports in this state"));
        m_searchLabel->setText(tr("Sea&rch:"));
        m_search->setPlaceholderText(tr("Search by description"));
        m_search->setAccessibleName(tr("Search finished exports by description"));
    }
    m_view->retranslate();
    emit m_proxy->headerDataChanged(Qt::Horizontal, 0, JobListModel::Count - 1);
    updateEmptyMessage();
}

QString JobPanel::emptyText() const
{
    if (m_kind == Kind::Queue)
        return tr("No exports in the queue — start one with New export…");
    if (m_proxy->stateFilter() >= 0 || (m_search && !m_search->text().trimmed().isEmpty()))
        return tr("No finished exports match this filter.");
    return tr("No finished exports yet.");
}

bool JobPanel::isEmptyMessageVisible() const
{
    return !m_emptyLabel->isHidden();
}

void JobPanel::updateEmptyMessage()
{
    m_emptyLabel->setText(emptyText());
    m_emptyLabel->setVisible(m_proxy->rowCount() == 0);
}

QList<qint64> JobPanel::selectedIds() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        ids << m_proxy->idAt(row);
    return ids;
}

qint64 JobPanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->idAt(current.row()) : 0;
}

bool JobPanel::selectJob(qint64 id)
{
    const int row = m_proxy->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QList<qint64> JobPanel::visibleIds() const
{
    return m_proxy->ids();
}

void JobPanel::setStateFilter(int state)
{
    m_proxy->setStateFilter(state);
    if (m_stateFilter) {
        const int i = m_stateFilter->findData(state);
        if (i >= 0 && i != m_stateFilter->currentIndex())
            m_stateFilter->setCurrentIndex(i);
    }
    updateEmptyMessage();
}

void JobPanel::setSearchText(const QString &text)
{
    m_proxy->setSearchText(text);
    if (m_search && m_search->text() != text)
        m_search->setText(text);
    updateEmptyMessage();
}

QString JobPanel::outputOf(qint64 id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QString() : m_model->index(row, 0).data(JobListModel::OutputRole).toString();
}

JobState JobPanel::stateOfJob(qint64 id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? JobState::Pending
                   : JobState(m_model->index(row, 0).data(JobListModel::StateRole).toInt());
}

void JobPanel::trigger(JobAction action, qint64 id)
{
    if (id <= 0)
        return;
    switch (action) {
    case JobAction::Cancel:
    case JobAction::Pause:
    case JobAction::Resume:
    case JobAction::Retry:
    case JobAction::Remove:
        if (!m_client) {
            emit notice(tr("The export queue is not available."));
            return;
        }
        if (action == JobAction::Cancel)
            m_client->cancel({id});
        else if (action == JobAction::Pause)
            m_client->pause({id});
        else if (action == JobAction::Resume)
            m_client->resume({id});
        else if (action == JobAction::Retry)
            m_client->retry({id});
        else
            m_client->remove({id});
        return;
    case JobAction::SaveAs: {
        const QString source = outputOf(id);
        if (stateOfJob(id) != JobState::Completed || !QFileInfo(source).isFile()) {
            emit notice(tr("The exported file is no longer there."));
            return;
        }
        // The job saved is the selected one, during and after the dialog: a click on a painted
        // button selects nothing, so the current row stayed whatever it was (after the list
        // got the focus: its first row), and the details showed that job when the dialog closed.
        selectJob(id);
        const QString folder =
            m_lastSaveFolder.isEmpty() ? QDir::homePath() : m_lastSaveFolder;
        const QString destination = QFileDialog::getSaveFileName(
            this, tr("Save a copy of the export"),
            QDir(folder).filePath(QFileInfo(source).fileName()));
        if (m_view->currentIndex().isValid() && currentId() != id)
            selectJob(id);
        if (destination.isEmpty())
            return;
        m_lastSaveFolder = QFileInfo(destination).absolutePath();
        saveCopy(id, destination);
        return;
    }
    case JobAction::OpenFolder: {
        const QString path = outputOf(id);
        // Failures come back as folderNotOpened(), possibly after xdg-open ran.
        m_opener->open(path.isEmpty() ? QString() : QFileInfo(path).absolutePath());
        return;
    }
    }
}

void JobPanel::saveCopy(qint64 id, const QString &destination)
{
    const QString source = outputOf(id);
    if (source.isEmpty() || !QFileInfo(source).isFile()) {
        emit notice(tr("The exported file is no longer there."));
        emit copyFinished(id, destination, false);
        return;
    }
    auto *watcher = new QFutureWatcher<CopyResult>(this);
    connect(watcher, &QFutureWatcher<CopyResult>::finished, this,
            [this, watcher, id, destination] {
                const CopyResult result = watcher->result();
                watcher->deleteLater();
                const QString where = QDir::toNativeSeparators(destination);
                const QString folder =
                    QDir::toNativeSeparators(QFileInfo(destination).absolutePath());
                QString text;
                switch (result.error) {
                case CopyResult::None:
                    text = tr("Saved a copy as %1.").arg(where);
                    break;
                case CopyResult::SourceMissing:
                    text = tr("Could not save a copy: the exported file is no longer there.");
                    break;
                case CopyResult::NoFolder:
                    text = tr("Could not save a copy: the folder %1 does not exist.").arg(folder);
                    break;
                case CopyResult::NoPermission:
                    text = tr("Could not save a copy: no permission to write in %1.").arg(folder);
                    break;
                case CopyResult::DiskFull:
                    text = tr("Could not save a copy: the disk with %1 is full.").arg(folder);
                    break;
                case CopyResult::Other:
                    text = tr("Could not save a copy as %1: %2").arg(where, result.detail);
                    break;
                }
                emit notice(text);
                emit copyFinished(id, destination, result.error == CopyResult::None);
            });
    watcher->setFuture(QtConcurrent::run(copyFile, source, destination));
}

void JobPanel::removeOrCancelSelection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_client)
        return;
    if (m_kind == Kind::Queue)
        m_client->cancel(ids);
    else
        m_client->remove(ids);
}

void JobPanel::moveSelected(JobStore::Move where)
{
    if (m_kind != Kind::Queue || !m_client)
        return;
    QList<qint64> pending; // in start order, as shown
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (JobState(index.data(JobListModel::StateRole).toInt()) == JobState::Pending)
            pending << index.data(JobListModel::IdRole).toLongLong();
    }
    QList<qint64> selected;
    for (qint64 id : selectedIds()) {
        if (pending.contains(id))
            selected << id;
    }
    if (selected.isEmpty())
        return;
    if (selected.size() == 1) {
        m_client->move(selected.constFirst(), where);
        return;
    }
    // Several: the complete new order in one command, so they move as a block.
    QList<qint64> order;
    QList<qint64> rest;
    for (qint64 id : std::as_const(pending))
        (selected.contains(id) ? order : rest) << id;
    switch (where) {
    case JobStore::Move::Top:
        order += rest;
        break;
    case JobStore::Move::Bottom:
        order = rest + order;
        break;
    case JobStore::Move::Up:
    case JobStore::Move::Down: {
        order = pending;
        // Each selected job swaps with the unselected neighbour in that direction.
        const bool up = where == JobStore::Move::Up;
        const int n = int(order.size());
        for (int k = 0; k < n; ++k) {
            const int i = up ? k : n - 1 - k;
            const int j = up ? i - 1 : i + 1;
            if (j < 0 || j >= n)
                continue;
            if (selected.contains(order.at(i)) && !selected.contains(order.at(j)))
                order.swapItemsAt(i, j);
        }
        break;
    }
    }
    if (order != pending)
        m_client->setPendingOrder(order);
}

} // namespace defex
