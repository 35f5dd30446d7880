#pragma once

// The window's preferences, kept with QSettings (the platform's user settings location).

#include "ExportTypes.h"

#include <QByteArray>
#include <QString>

namespace defex {

struct AppSettings
{
    int maxConcurrent = 5;          // 1..16
    int retentionDays = 7;          // >= 1
    QString exportDirectory;        // empty: the queue's default (DATA/exports)
    QString lastDatabase;           // the source the new-export dialog starts with
    Format defaultFormat = Format::Xlsx;
    Level defaultLevel = Level::Basis;
    bool defaultGzip = false;
    QChar csvDelimiter = QLatin1Char(';');
    bool csvBom = true;
    bool csvAllowFormulas = false;
    QString language;               // "" system, "nl", "en"
    bool notifications = true;

    static AppSettings load();
    void save() const;

    // Window geometry and splitter/header state.
    static QByteArray value(const QString &key);
    static void setValue(const QString &key, const QByteArray &value);
};

} // namespace defex
