#pragma once

// Preferences: concurrent jobs, retention, export folder, export defaults, language,
// notifications.

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace defex {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    // Empty when the choices can be saved, otherwise what is wrong (also shown in the dialog).
    QString validationMessage() const;

    void accept() override;

private:
    void validate();

    AppSettings m_original;
    QSpinBox *m_maxConcurrent;
    QSpinBox *m_retention;
    QLineEdit *m_folder;
    QComboBox *m_format;
    QComboBox *m_level;
    QCheckBox *m_gzip;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QCheckBox *m_formulas;
    QComboBox *m_language;
    QCheckBox *m_notifications;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace defex
