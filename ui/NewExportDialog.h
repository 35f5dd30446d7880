#pragma once

// The new-export dialog: source database, description, every filter the engine has (with the
// choices read from the chosen database), level, format, compression, CSV options and
// destination; a live count of the matching definitions and inline validation messages. It only
// builds the ExportRequest: the caller queues it. The database is never read on the UI thread.

#include "AppSettings.h"
#include "ExportRequest.h"
#include "SourceChoices.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace defex {

class ChoiceList;
class SourceInspector;
class ValidationMessages;

class NewExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewExportDialog)

public:
    NewExportDialog(const AppSettings &settings, const QString &defaultDatabase,
                    QWidget *parent = nullptr);
    NewExportDialog(const AppSettings &settings, const QString &defaultDatabase,
                    const QString &queueExportDirectory, QWidget *parent = nullptr);
    ~NewExportDialog() override;

    // The folder where the queue plans names itself: a job for it gets an empty output.
    void setQueueExportDirectory(const QString &directory);
    // Outputs of jobs that are queued but not written yet, so a planned name avoids them too.
    void setReservedOutputs(const QStringList &paths) { m_reservedOutputs = paths; }
    // Milliseconds between the last change and the count (default 250).
    void setDebounce(int milliseconds);

    ExportRequest request() const;
    QString description() const;
    QString database() const;
    QString destinationFolder() const;
    ExportFilters filters() const;

    // --- state, for the caller and for tests ---
    bool choicesLoaded() const { return m_choicesKnown; }
    const SourceChoices &choices() const { return m_choices; }
    bool isCounting() const;
    qint64 matchingCount() const { return m_count; } // -1 while unknown
    QString countText() const;
    QStringList errors() const;
    QStringList warnings() const;
    bool canAccept() const;
    QString defaultDescription() const;

signals:
    void choicesUpdated();
    void countUpdated(qint64 rows);
    void validationChanged();

public slots:
    void accept() override;

private:
    void buildUi();
    void buildSource(QFormLayout *form);
    void buildFilters(QFormLayout *form);
    void buildOutput(QFormLayout *form);
    void setTabChain();
    void fitToScreen();
    void browseDatabase();
    void browseDestination();
    void databaseChanged();
    void filtersChanged();
    void optionsChanged();
    void applyChoices(const SourceChoices &choices);
    void applyCount(qint64 rows, const ExportError &error);
    void refreshDescription();
    void validate();
    QString plannedOutput() const;
    bool isQueueFolder(const QString &folder) const;

    AppSettings m_settings;
    QString m_queueExportDir;
    QStringList m_reservedOutputs;
    SourceInspector *m_inspector;

    QLineEdit *m_database = nullptr;
    QPushButton *m_browseDatabase = nullptr;
    QLineEdit *m_description = nullptr;
    ChoiceList *m_statuses = nullptr;
    ChoiceList *m_categories = nullptr;
    QComboBox *m_orgContext = nullptr;
    QComboBox *m_jurContext = nullptr;
    QCheckBox *m_createdFromOn = nullptr, *m_createdToOn = nullptr;
    QCheckBox *m_updatedFromOn = nullptr, *m_updatedToOn = nullptr;
    QDateEdit *m_createdFrom = nullptr, *m_createdTo = nullptr;
    QDateEdit *m_updatedFrom = nullptr, *m_updatedTo = nullptr;
    QCheckBox *m_minScoreOn = nullptr;
    QDoubleSpinBox *m_minScore = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_gzip = nullptr;
    QLabel *m_gzipHint = nullptr; // XLSX + gzip: Excel cannot open the result
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_allowFormulas = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browseDestination = nullptr;
    QLabel *m_countLabel = nullptr;
    ValidationMessages *m_messages = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QScrollArea *m_scroll = nullptr;

    SourceChoices m_checked; // the last check of the database in the field
    SourceChoices m_choices;
    bool m_choicesKnown = false; // m_choices belong to the database in the field
    qint64 m_count = -1;
    ExportError m_countError;
    bool m_descriptionEdited = false; // the user typed a description: stop following the choices
};

} // namespace defex
