#include "NewExportDialog.h"

#include "ChoiceList.h"
#include "SourceInspector.h"
#include "ValidationMessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

namespace defex {

namespace {

QString statusPhrase(const QString &status)
{
    if (status == QLatin1String("imported"))
        return NewExportDialog::tr("Imported definitions");
    if (status == QLatin1String("draft"))
        return NewExportDialog::tr("Draft definitions");
    if (status == QLatin1String("review"))
        return NewExportDialog::tr("Definitions in review");
    if (status == QLatin1String("established"))
        return NewExportDialog::tr("Established definitions");
    if (status == QLatin1String("archived"))
        return NewExportDialog::tr("Archived definitions");
    return NewExportDialog::tr("Definitions with status %1").arg(status);
}

QString formatTitle(Format f)
{
    switch (f) {
    case Format::Csv:
        return QStringLiteral("CSV");
    case Format::Xlsx:
        return QStringLiteral("Excel");
    case Format::Json:
        return QStringLiteral("JSON");
    case Format::Txt:
        return NewExportDialog::tr("Text", "file format in a description");
    }
    return {};
}

// The same shape as the queue's own planned names: letters, digits, '-' and '_' only.
QString safeFileName(const QString &description)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString base = description;
    base.replace(unsafe, QStringLiteral("-"));
    base = base.left(80);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    return base.isEmpty() ? QStringLiteral("definities") : base;
}

QString cleanFolder(const QString &folder)
{
    return folder.trimmed().isEmpty()
        ? QString()
        : QDir::cleanPath(QFileInfo(folder.trimmed()).absoluteFilePath());
}

} // namespace

NewExportDialog::NewExportDialog(const AppSettings &settings, const QString &defaultDatabase,
                                 QWidget *parent)
    : NewExportDialog(settings, defaultDatabase, QString(), parent)
{
}

NewExportDialog::NewExportDialog(const AppSettings &settings, const QString &defaultDatabase,
                                 const QString &queueExportDirectory, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_queueExportDir(queueExportDirectory)
    , m_inspector(new SourceInspector(this))
{
    connect(m_inspector, &SourceInspector::choicesRead, this, &NewExportDialog::applyChoices);
    connect(m_inspector, &SourceInspector::counted, this, &NewExportDialog::applyCount);
    buildUi();
    m_destination->setText(!settings.exportDirectory.isEmpty() ? settings.exportDirectory
                                                               : queueExportDirectory);
    // Setting the text starts reading the choices and counting (off this thread).
    m_database->setText(!settings.lastDatabase.isEmpty() ? settings.lastDatabase : defaultDatabase);
    if (m_database->text().isEmpty())
        databaseChanged();
    optionsChanged();
}

NewExportDialog::~NewExportDialog() = default;

void NewExportDialog::setQueueExportDirectory(const QString &directory)
{
    const bool followQueue
        = m_destination->text().trimmed().isEmpty() || isQueueFolder(m_destination->text());
    m_queueExportDir = directory;
    if (followQueue && m_settings.exportDirectory.isEmpty())
        m_destination->setText(directory);
    validate();
}

void NewExportDialog::setDebounce(int milliseconds)
{
    m_inspector->setDebounce(milliseconds);
}

QString NewExportDialog::database() const
{
    const QString path = m_database->text().trimmed();
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

QString NewExportDialog::destinationFolder() const
{
    const QString folder = cleanFolder(m_destination->text());
    return folder.isEmpty() ? m_queueExportDir : folder;
}

QString NewExportDialog::description() const
{
    const QString text = m_description->text().trimmed();
    return text.isEmpty() ? defaultDescription() : text;
}

ExportFilters NewExportDialog::filters() const
{
    ExportFilters f;
    f.statuses = m_statuses->checkedValues();
    f.categories = m_categories->checkedValues();
    f.organisatorischeContext = m_orgContext->currentText().trimmed();
    f.juridischeContext = m_jurContext->currentText().trimmed();
    if (m_createdFromOn->isChecked())
        f.createdFrom = m_createdFrom->date();
    if (m_createdToOn->isChecked())
        f.createdTo = m_createdTo->date();
    if (m_updatedFromOn->isChecked())
        f.updatedFrom = m_updatedFrom->date();
    if (m_updatedToOn->isChecked())
        f.updatedTo = m_updatedTo->date();
    if (m_minScoreOn->isChecked())
        f.minScore = m_minScore->value();
    f.search = m_search->text().trimmed();
    return f;
}

ExportRequest NewExportDialog::request() const
{
    ExportRequest r;
    r.database = database();
    r.filters = filters();
    r.level = Level(m_level->currentData().toInt());
    r.format = Format(m_format->currentData().toInt());
    r.gzip = m_gzip->isChecked();
    r.csv.delimiter = m_delimiter->currentData().toString().at(0).toLatin1();
    r.csv.byteOrderMark = m_bom->isChecked();
    r.csv.neutraliseFormulas = !m_allowFormulas->isChecked();
    r.description = description();
    r.output = plannedOutput();
    return r;
}

bool NewExportDialog::isQueueFolder(const QString &folder) const
{
    const QString f = cleanFolder(folder);
    return f.isEmpty() || (!m_queueExportDir.isEmpty() && f == cleanFolder(m_queueExportDir));
}

// Empty for the queue's folder (the queue plans a unique, dated name there); elsewhere
// "<description>.<ext>", numbered when that name is taken on disk or by a queued job.
QString NewExportDialog::plannedOutput() const
{
    if (isQueueFolder(m_destination->text()))
        return {};
    const QDir dir(cleanFolder(m_destination->text()));
    const QString base = safeFileName(description());
    const QString ext = fileExtension(Format(m_format->currentData().toInt()), m_gzip->isChecked());
    QString path = dir.filePath(base + ext);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".part"))
         || m_reservedOutputs.contains(path);
         ++n)
        path = dir.filePath(QStringLiteral("%1-%2%3").arg(base).arg(n).arg(ext));
    return path;
}

QString NewExportDialog::defaultDescription() const
{
    const QStringList statuses = m_statuses->checkedValues();
    QString what;
    if (statuses.size() == 1)
        what = statusPhrase(statuses.constFirst());
    else if (statuses.isEmpty() && filters().isEmpty())
        what = tr("All definitions");
    else
        what = tr("Definitions");
    // "3 dec. 2026": readable in a file name and a list, unlike 03-12-2026.
    const QString date = QLocale().toString(QDate::currentDate(), QStringLiteral("d MMM yyyy"));
    return tr("%1 \u2013 %2 \u2013 %3", "description: what, format, date")
        .arg(what, formatTitle(Format(m_format->currentData().toInt())), date);
}

void NewExportDialog::refreshDescription()
{
    if (!m_descriptionEdited)
        m_description->setText(defaultDescription());
}

void NewExportDialog::browseDatabase()
{
    const QString start = m_database->text().trimmed().isEmpty()
        ? QDir::homePath()
        : QFileInfo(m_database->text().trimmed()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose the definitie-app database"), start,
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!file.isEmpty())
        m_database->setText(QDir::toNativeSeparators(file));
}

void NewExportDialog::browseDestination()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the destination folder"), destinationFolder());
    if (!folder.isEmpty())
        m_destination->setText(QDir::toNativeSeparators(folder));
}

void NewExportDialog::databaseChanged()
{
    m_choicesKnown = false;
    m_checked = {};
    if (!database().isEmpty())
        m_inspector->inspect(database());
    filtersChanged();
}

void NewExportDialog::filtersChanged()
{
    m_count = -1;
    m_countError = {};
    if (!database().isEmpty()) {
        ExportRequest r;
        r.database = database();
        r.filters = filters();
        m_inspector->count(r);
    }
    refreshDescription();
    validate();
}

void NewExportDialog::optionsChanged()
{
    const Format format = Format(m_format->currentData().toInt());
    const bool csv = format == Format::Csv;
    m_gzipHint->setVisible(format == Format::Xlsx && m_gzip->isChecked());
    for (QWidget *w : { static_cast<QWidget *>(m_delimiter), static_cast<QWidget *>(m_bom),
                        static_cast<QWidget *>(m_allowFormulas) })
        w->setEnabled(csv);
    refreshDescription();
    validate();
}

void NewExportDialog::applyChoices(const SourceChoices &choices)
{
    if (choices.database != database())
        return; // the field changed since; a newer answer is on its way
    m_checked = choices;
    if (!choices.complete) {
        validate(); // the source is judged; the lists follow
        return;
    }
    m_choices = choices;
    m_choicesKnown = true;
    m_statuses->setChoices(choices.statuses);
    m_categories->setChoices(choices.categories);
    for (auto [combo, values] : { std::pair { m_orgContext, &choices.organisatorischeContexts },
                                  std::pair { m_jurContext, &choices.juridischeContexts } }) {
        const QString current = combo->currentText();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(QString());
        combo->addItems(*values);
        combo->setCurrentText(current);
    }
    // The lists grew: once the layout knows, show them whole if the screen has room.
    QMetaObject::invokeMethod(this, &NewExportDialog::fitToScreen, Qt::QueuedConnection);
    emit choicesUpdated();
    validate();
}

void NewExportDialog::applyCount(qint64 rows, const ExportError &error)
{
    m_count = rows;
    m_countError = error;
    validate();
    emit countUpdated(rows);
}

bool NewExportDialog::isCounting() const
{
    return m_inspector->isCounting();
}

QString NewExportDialog::countText() const
{
    return m_countLabel->text();
}

QStringList NewExportDialog::errors() const
{
    return m_messages->errors();
}

QStringList NewExportDialog::warnings() const
{
    return m_messages->warnings();
}

bool NewExportDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void NewExportDialog::accept()
{
    validate();
    if (canAccept())
        QDialog::accept();
}

} // namespace defex
