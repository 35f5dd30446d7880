// NewExportDialog: building the form (sections, mnemonics, accessible names, tab order).

#include "ChoiceList.h"
#include "NewExportDialog.h"
#include "WheelGuard.h"
#include "SourceInspector.h"
#include "ValidationMessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace defex {

namespace {

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("imported"))
        return NewExportDialog::tr("Imported", "definition status");
    if (status == QLatin1String("draft"))
        return NewExportDialog::tr("Draft", "definition status");
    if (status == QLatin1String("review"))
        return NewExportDialog::tr("In review", "definition status");
    if (status == QLatin1String("established"))
        return NewExportDialog::tr("Established", "definition status");
    if (status == QLatin1String("archived"))
        return NewExportDialog::tr("Archived", "definition status");
    return status;
}

// A field next to its button, as one row of the form.
QWidget *withButton(QWidget *field, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    row->setFocusProxy(field);
    return row;
}

QDateEdit *dateEdit(const QDate &date, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setAccessibleName(accessibleName);
    edit->setEnabled(false);
    return edit;
}

QComboBox *contextCombo(const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(20);
    combo->lineEdit()->setPlaceholderText(NewExportDialog::tr("Any context"));
    combo->lineEdit()->setClearButtonEnabled(true);
    combo->setAccessibleName(accessibleName);
    return combo;
}

} // namespace

void NewExportDialog::buildUi()
{
    setWindowTitle(tr("New export"));
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    const auto section = [&](const QString &title, void (NewExportDialog::*fill)(QFormLayout *)) {
        auto *box = new QGroupBox(title, content);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        (this->*fill)(form);
        contentLayout->addWidget(box);
    };
    section(tr("Source"), &NewExportDialog::buildSource);
    section(tr("Filters"), &NewExportDialog::buildFilters);
    section(tr("Output"), &NewExportDialog::buildOutput);
    contentLayout->addStretch(1);

    // At 200% the form is taller than many screens: it scrolls, the count and buttons stay.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    // The wheel scrolls the form; it changes a choice only once the user picked that field.
    WheelGuard::install(content, scroll);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a stop of its own in the tab chain: focusing a field scrolls it into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(content->sizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width());
    scroll->setMinimumHeight(fontMetrics().height() * 12);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAccessibleName(tr("Matching definitions"));
    m_countLabel->setWordWrap(true);
    QFont bold = m_countLabel->font();
    bold.setBold(true);
    m_countLabel->setFont(bold);

    m_messages = new ValidationMessages(this);
    m_messages->setObjectName(QStringLiteral("messages"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to queue"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);
    setTabChain();

    m_scroll = scroll;
    fitToScreen();
}

// The whole form when the screen has room, otherwise most of the screen (the form scrolls).
// Only grows, so a size the user chose is kept when the choices arrive.
void NewExportDialog::fitToScreen()
{
    const int available = screen() ? screen()->availableGeometry().height() : 800;
    const int wanted
        = sizeHint().height() - m_scroll->minimumHeight() + m_scroll->widget()->sizeHint().height();
    const int height = qMin(available * 85 / 100, wanted);
    if (height > this->height() || width() < sizeHint().width())
        resize(qMax(width(), sizeHint().width()), qMax(this->height(), height));
}

void NewExportDialog::buildSource(QFormLayout *form)
{
    QWidget *box = form->parentWidget();
    m_database = new QLineEdit(box);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setAccessibleName(tr("Source database"));
    m_database->setPlaceholderText(tr("The definitie-app database file (definities.db)"));
    m_browseDatabase = new QPushButton(tr("&Browse…"), box);
    m_browseDatabase->setObjectName(QStringLiteral("browseDatabase"));
    m_browseDatabase->setAccessibleName(tr("Browse for the source database"));
    form->addRow(tr("&Database:"), withButton(m_database, m_browseDatabase, box));

    m_description = new QLineEdit(box);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setClearButtonEnabled(true);
    form->addRow(tr("D&escription:"), m_description);

    connect(m_browseDatabase, &QPushButton::clicked, this, &NewExportDialog::browseDatabase);
    connect(m_database, &QLineEdit::textChanged, this, &NewExportDialog::databaseChanged);
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Emptied by the user: follow the choices again.
        m_descriptionEdited = !text.trimmed().isEmpty();
        validate();
    });
}

void NewExportDialog::buildFilters(QFormLayout *form)
{
    QWidget *box = form->parentWidget();
    m_statuses = new ChoiceList(box);
    m_statuses->setObjectName(QStringLiteral("statuses"));
    m_statuses->setAccessibleName(tr("Statuses (none checked: all)"));
    m_statuses->setLabelFunction(&statusLabel);
    form->addRow(tr("&Status:"), m_statuses);

    m_categories = new ChoiceList(box);
    m_categories->setObjectName(QStringLiteral("categories"));
    m_categories->setAccessibleName(tr("Categories (none checked: all)"));
    form->addRow(tr("&Category:"), m_categories);

    m_orgContext = contextCombo(tr("Organisational context"), box);
    m_orgContext->setObjectName(QStringLiteral("orgContext"));
    form->addRow(tr("&Organisational context:"), m_orgContext);
    m_jurContext = contextCombo(tr("Legal context"), box);
    m_jurContext->setObjectName(QStringLiteral("jurContext"));
    form->addRow(tr("&Legal context:"), m_jurContext);

    const QDate today = QDate::currentDate();
    const auto dateRow = [&](QCheckBox *&on, QDateEdit *&edit, const QString &label,
                             const QString &name, const QString &objectName, const QDate &date) {
        on = new QCheckBox(label, box);
        on->setObjectName(objectName + QStringLiteral("On"));
        on->setAccessibleName(tr("Filter: %1").arg(name));
        edit = dateEdit(date, name, box);
        edit->setObjectName(objectName);
        form->addRow(on, edit);
        connect(on, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(on, &QCheckBox::toggled, this, &NewExportDialog::filtersChanged);
        connect(edit, &QDateEdit::dateChanged, this, &NewExportDialog::filtersChanged);
    };
    dateRow(m_createdFromOn, m_createdFrom, tr("Created &from:"), tr("Created from"),
            QStringLiteral("createdFrom"), today.addYears(-1));
    dateRow(m_createdToOn, m_createdTo, tr("Created &to:"), tr("Created to"),
            QStringLiteral("createdTo"), today);
    dateRow(m_updatedFromOn, m_updatedFrom, tr("&Updated from:"), tr("Updated from"),
            QStringLiteral("updatedFrom"), today.addYears(-1));
    dateRow(m_updatedToOn, m_updatedTo, tr("Updated t&o:"), tr("Updated to"),
            QStringLiteral("updatedTo"), today);

    m_minScoreOn = new QCheckBox(tr("Minimum &validation score:"), box);
    m_minScoreOn->setObjectName(QStringLiteral("minScoreOn"));
    m_minScoreOn->setAccessibleName(tr("Filter: minimum validation score"));
    m_minScore = new QDoubleSpinBox(box);
    m_minScore->setObjectName(QStringLiteral("minScore"));
    m_minScore->setAccessibleName(tr("Minimum validation score (0 to 1)"));
    m_minScore->setRange(0.0, 1.0);
    m_minScore->setDecimals(2);
    m_minScore->setSingleStep(0.05);
    m_minScore->setValue(0.8);
    m_minScore->setEnabled(false);
    form->addRow(m_minScoreOn, m_minScore);
    connect(m_minScoreOn, &QCheckBox::toggled, m_minScore, &QWidget::setEnabled);
    connect(m_minScoreOn, &QCheckBox::toggled, this, &NewExportDialog::filtersChanged);
    connect(m_minScore, &QDoubleSpinBox::valueChanged, this, &NewExportDialog::filtersChanged);

    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search in term and definition"));
    m_search->setPlaceholderText(tr("Text in the term or the definition"));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("Searc&h:"), m_search);

    connect(m_statuses, &ChoiceList::checkedValuesChanged, this, &NewExportDialog::filtersChanged);
    connect(m_categories, &ChoiceList::checkedValuesChanged, this,
            &NewExportDialog::filtersChanged);
    connect(m_orgContext, &QComboBox::editTextChanged, this, &NewExportDialog::filtersChanged);
    connect(m_jurContext, &QComboBox::editTextChanged, this, &NewExportDialog::filtersChanged);
    connect(m_search, &QLineEdit::textChanged, this, &NewExportDialog::filtersChanged);
}

void NewExportDialog::buildOutput(QFormLayout *form)
{
    QWidget *box = form->parentWidget();
    m_level = new QComboBox(box);
    m_level->setObjectName(QStringLiteral("level"));
    m_level->setAccessibleName(tr("Detail level"));
    m_level->addItem(tr("Basic (17 columns)"), int(Level::Basis));
    m_level->addItem(tr("Extended (25 columns)"), int(Level::Uitgebreid));
    m_level->addItem(tr("Complete (36 columns)"), int(Level::Compleet));
    m_level->setCurrentIndex(m_level->findData(int(m_settings.defaultLevel)));
    form->addRow(tr("Detail &level:"), m_level);

    m_format = new QComboBox(box);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->setAccessibleName(tr("File format"));
    m_format->addItem(tr("CSV (values with delimiters)"), int(Format::Csv));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(Format::Xlsx));
    m_format->addItem(tr("JSON (the definitie-app's export)"), int(Format::Json));
    m_format->addItem(tr("Text report (TXT)"), int(Format::Txt));
    m_format->setCurrentIndex(m_format->findData(int(m_settings.defaultFormat)));
    form->addRow(tr("&Format:"), m_format);

    m_gzip = new QCheckBox(tr("Compress with &gzip (.gz)"), box);
    m_gzip->setObjectName(QStringLiteral("gzip"));
    m_gzip->setAccessibleName(tr("Compress with gzip"));
    m_gzip->setChecked(m_settings.defaultGzip);
    form->addRow(QString(), m_gzip);
    // Allowed (scripts unpack it), but a user who double-clicks the file gets an error from Excel.
    m_gzipHint = new QLabel(tr("Excel cannot open a compressed workbook (.xlsx.gz): it has to be "
                               "unpacked first. Leave gzip off to open it in Excel."),
                            box);
    m_gzipHint->setObjectName(QStringLiteral("gzipHint"));
    m_gzipHint->setWordWrap(true);
    m_gzipHint->setVisible(false);
    form->addRow(QString(), m_gzipHint);

    m_delimiter = new QComboBox(box);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->setAccessibleName(tr("CSV delimiter"));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(m_settings.csvDelimiter))));
    form->addRow(tr("CSV &delimiter:"), m_delimiter);

    m_bom = new QCheckBox(tr("Start with a byte-order &mark (for Excel)"), box);
    m_bom->setObjectName(QStringLiteral("bom"));
    m_bom->setAccessibleName(tr("CSV byte-order mark"));
    m_bom->setChecked(m_settings.csvBom);
    form->addRow(QString(), m_bom);
    m_allowFormulas
        = new QCheckBox(tr("Allow fo&rmulas (cells starting with = + - @ unchanged)"), box);
    m_allowFormulas->setObjectName(QStringLiteral("allowFormulas"));
    m_allowFormulas->setAccessibleName(tr("CSV: allow formulas"));
    m_allowFormulas->setChecked(m_settings.csvAllowFormulas);
    form->addRow(QString(), m_allowFormulas);

    m_destination = new QLineEdit(box);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setAccessibleName(tr("Destination folder"));
    m_destination->setPlaceholderText(tr("The queue's export folder"));
    m_browseDestination = new QPushButton(tr("Bro&wse…"), box);
    m_browseDestination->setObjectName(QStringLiteral("browseDestination"));
    m_browseDestination->setAccessibleName(tr("Browse for the destination folder"));
    form->addRow(tr("Destination folde&r:"), withButton(m_destination, m_browseDestination, box));

    for (QComboBox *c : { m_level, m_format, m_delimiter })
        connect(c, &QComboBox::currentIndexChanged, this, &NewExportDialog::optionsChanged);
    for (QCheckBox *c : { m_gzip, m_bom, m_allowFormulas })
        connect(c, &QCheckBox::toggled, this, &NewExportDialog::optionsChanged);
    connect(m_destination, &QLineEdit::textChanged, this, &NewExportDialog::validate);
    connect(m_browseDestination, &QPushButton::clicked, this, &NewExportDialog::browseDestination);
}

void NewExportDialog::setTabChain()
{
    const QList<QWidget *> chain = { m_database,    m_browseDatabase,
                                     m_description, m_statuses,
                                     m_categories,  m_orgContext,
                                     m_jurContext,  m_createdFromOn,
                                     m_createdFrom, m_createdToOn,
                                     m_createdTo,   m_updatedFromOn,
                                     m_updatedFrom, m_updatedToOn,
                                     m_updatedTo,   m_minScoreOn,
                                     m_minScore,    m_search,
                                     m_level,       m_format,
                                     m_gzip,        m_delimiter,
                                     m_bom,         m_allowFormulas,
                                     m_destination, m_browseDestination,
                                     m_buttons };
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace defex
