#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace defex {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
    , m_maxConcurrent(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_gzip(new QCheckBox(tr("Compress with &gzip"), this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a &byte-order mark (for Excel)"), this))
    , m_formulas(new QCheckBox(tr("Allow &formulas in cells (unsafe)"), this))
    , m_language(new QComboBox(this))
    , m_notifications(new QCheckBox(tr("Tell me when an export is &ready or fails"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));

    m_maxConcurrent->setRange(1, 16);
    m_maxConcurrent->setValue(settings.maxConcurrent);
    m_maxConcurrent->setAccessibleName(tr("Exports running at the same time"));
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(settings.retentionDays);
    m_retention->setAccessibleName(tr("Keep finished exports for"));
    m_folder->setText(settings.exportDirectory);
    m_folder->setPlaceholderText(tr("The queue's own folder"));
    m_folder->setAccessibleName(tr("Export folder"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_format->addItem(tr("Excel workbook (XLSX)"), int(Format::Xlsx));
    m_format->addItem(tr("CSV"), int(Format::Csv));
    m_format->addItem(tr("JSON"), int(Format::Json));
    m_format->addItem(tr("Text (TXT)"), int(Format::Txt));
    m_format->setCurrentIndex(m_format->findData(int(settings.defaultFormat)));
    m_format->setAccessibleName(tr("Default format"));
    m_level->addItem(tr("Basic (17 columns)"), int(Level::Basis));
    m_level->addItem(tr("Extended (25 columns)"), int(Level::Uitgebreid));
    m_level->addItem(tr("Complete (36 columns)"), int(Level::Compleet));
    m_level->setCurrentIndex(m_level->findData(int(settings.defaultLevel)));
    m_level->setAccessibleName(tr("Default detail level"));
    m_gzip->setChecked(settings.defaultGzip);
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(settings.csvDelimiter))));
    m_delimiter->setAccessibleName(tr("CSV delimiter"));
    m_bom->setChecked(settings.csvBom);
    m_formulas->setChecked(settings.csvAllowFormulas);

    // Language names in their own language, as language menus do.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_language->setAccessibleName(tr("Language"));
    m_notifications->setChecked(settings.notifications);

    auto *queueBox = new QGroupBox(tr("Queue"), this);
    auto *queueForm = new QFormLayout(queueBox);
    queueForm->addRow(tr("E&xports at the same time:"), m_maxConcurrent);
    queueForm->addRow(tr("&Keep finished exports for:"), m_retention);
    queueForm->addRow(tr("Export &folder:"), folderRow);
    static_cast<QLabel *>(queueForm->labelForField(folderRow))->setBuddy(m_folder);

    auto *defaultsBox = new QGroupBox(tr("New exports"), this);
    auto *defaultsForm = new QFormLayout(defaultsBox);
    defaultsForm->addRow(tr("F&ormat:"), m_format);
    defaultsForm->addRow(tr("&Detail level:"), m_level);
    defaultsForm->addRow(QString(), m_gzip);
    defaultsForm->addRow(tr("CSV &delimiter:"), m_delimiter);
    defaultsForm->addRow(QString(), m_bom);
    defaultsForm->addRow(QString(), m_formulas);

    auto *appBox = new QGroupBox(tr("Program"), this);
    auto *appForm = new QFormLayout(appBox);
    appForm->addRow(tr("&Language:"), m_language);
    appForm->addRow(QString(), m_notifications);

    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(queueBox);
    layout->addWidget(defaultsBox);
    layout->addWidget(appBox);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_original;
    s.maxConcurrent = m_maxConcurrent->value();
    s.retentionDays = m_retention->value();
    s.exportDirectory = m_folder->text().trimmed();
    s.defaultFormat = Format(m_format->currentData().toInt());
    s.defaultLevel = Level(m_level->currentData().toInt());
    s.defaultGzip = m_gzip->isChecked();
    s.csvDelimiter = m_delimiter->currentData().toString().at(0);
    s.csvBom = m_bom->isChecked();
    s.csvAllowFormulas = m_formulas->isChecked();
    s.language = m_language->currentData().toString();
    s.notifications = m_notifications->isChecked();
    return s;
}

QString SettingsDialog::validationMessage() const
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty())
        return {};
    const QFileInfo info(folder);
    if (!info.isAbsolute())
        return tr("The export folder must be a full path, such as /home/you/Exports.");
    if (!info.exists())
        return tr("The export folder %1 does not exist.").arg(folder);
    if (!info.isDir())
        return tr("%1 is not a folder.").arg(folder);
    if (!info.isWritable())
        return tr("You cannot write in the export folder %1.").arg(folder);
    return {};
}

void SettingsDialog::validate()
{
    const QString message = validationMessage();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

void SettingsDialog::accept()
{
    validate();
    if (validationMessage().isEmpty())
        QDialog::accept();
}

} // namespace defex
