// NewExportDialog: judging the choices before anything is queued. Problems are shown inline and
// errors block OK; the database itself is judged off the UI thread (SourceInspector).

#include "NewExportDialog.h"
#include "SourceInspector.h"
#include "ValidationMessages.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <climits>

namespace defex {

void NewExportDialog::validate()
{
    QStringList errors, warnings, notes;
    bool pending = false;
    const QString db = database();
    if (db.isEmpty()) {
        errors << tr("Choose the source database (the definitie-app's definities.db).");
    } else if (m_checked.database != db) {
        pending = true;
        notes << tr("Checking the database…");
    } else if (m_checked.error.kind == ErrorKind::SourceBusy) {
        warnings << m_checked.error.message;
    } else if (m_checked.error.isError()) {
        errors << m_checked.error.message;
    }

    const ExportFilters f = filters();
    if (f.createdFrom.isValid() && f.createdTo.isValid() && f.createdFrom > f.createdTo)
        errors << tr(
            "The created-from date lies after the created-to date: no definition can match.");
    if (f.updatedFrom.isValid() && f.updatedTo.isValid() && f.updatedFrom > f.updatedTo)
        errors << tr(
            "The updated-from date lies after the updated-to date: no definition can match.");

    const QString typed = m_destination->text().trimmed();
    const QString folder
        = typed.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(typed).absoluteFilePath());
    if (!folder.isEmpty() && !isQueueFolder(folder)) {
        const QFileInfo info(folder);
        const QString shown = QDir::toNativeSeparators(folder);
        if (!info.exists())
            errors << tr("The destination folder %1 does not exist.").arg(shown);
        else if (!info.isDir())
            errors << tr("The destination %1 is not a folder.").arg(shown);
        else if (!info.isWritable())
            errors << tr("No permission to write in the destination folder %1.").arg(shown);
    }

    // The engine's own checks (score range, delimiter, ...) as a last line behind ours.
    if (!db.isEmpty() && errors.isEmpty()) {
        ExportRequest r = request();
        if (r.output.isEmpty())
            r.output = QStringLiteral("planned-by-the-queue");
        const QString engine = r.validate();
        if (!engine.isEmpty())
            errors << engine;
    }

    // The count: only meaningful once the database itself is fine.
    QString countText;
    if (db.isEmpty()
        || (m_checked.database == db && m_checked.error.isError()
            && m_checked.error.kind != ErrorKind::SourceBusy)) {
        countText.clear();
    } else if (m_inspector->isCounting() || (m_count < 0 && !m_countError.isError())) {
        countText = tr("Counting matching definitions…");
    } else if (m_countError.kind == ErrorKind::SourceBusy) {
        countText
            = tr("The database is busy; the number of matching definitions is not known yet.");
    } else if (m_countError.isError()) {
        countText.clear();
        if (!errors.contains(m_countError.message) && m_checked.database == db)
            errors << m_countError.message;
    } else {
        countText = tr("%Ln definition(s) match", nullptr, int(qMin<qint64>(m_count, INT_MAX)));
        if (m_count == 0)
            warnings << tr(
                "No definition matches these filters: the export will hold no definitions.");
    }
    m_countLabel->setText(countText);
    m_countLabel->setVisible(!countText.isEmpty());

    m_messages->setMessages(errors, warnings, notes);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty() && !pending);
    emit validationChanged();
}

} // namespace defex
