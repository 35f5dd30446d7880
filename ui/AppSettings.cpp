#include "AppSettings.h"

#include <QSettings>

namespace defex {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.maxConcurrent = qBound(1, s.value(QStringLiteral("queue/maxConcurrent"), a.maxConcurrent).toInt(), 16);
    a.retentionDays = qMax(1, s.value(QStringLiteral("queue/retentionDays"), a.retentionDays).toInt());
    a.exportDirectory = s.value(QStringLiteral("queue/exportDirectory")).toString();
    a.lastDatabase = s.value(QStringLiteral("export/lastDatabase")).toString();
    Format f;
    if (formatFromName(s.value(QStringLiteral("export/format")).toString(), &f))
        a.defaultFormat = f;
    Level l;
    if (levelFromName(s.value(QStringLiteral("export/level")).toString(), &l))
        a.defaultLevel = l;
    a.defaultGzip = s.value(QStringLiteral("export/gzip"), a.defaultGzip).toBool();
    const QString delimiter = s.value(QStringLiteral("csv/delimiter"), QString(a.csvDelimiter)).toString();
    if (delimiter == QLatin1String(",") || delimiter == QLatin1String(";") || delimiter == QLatin1String("\t"))
        a.csvDelimiter = delimiter.at(0);
    a.csvBom = s.value(QStringLiteral("csv/bom"), a.csvBom).toBool();
    a.csvAllowFormulas = s.value(QStringLiteral("csv/allowFormulas"), a.csvAllowFormulas).toBool();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    if (a.language != QLatin1String("nl") && a.language != QLatin1String("en"))
        a.language.clear();
    a.notifications = s.value(QStringLiteral("ui/notifications"), a.notifications).toBool();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("queue/maxConcurrent"), maxConcurrent);
    s.setValue(QStringLiteral("queue/retentionDays"), retentionDays);
    s.setValue(QStringLiteral("queue/exportDirectory"), exportDirectory);
    s.setValue(QStringLiteral("export/lastDatabase"), lastDatabase);
    s.setValue(QStringLiteral("export/format"), formatName(defaultFormat));
    s.setValue(QStringLiteral("export/level"), levelName(defaultLevel));
    s.setValue(QStringLiteral("export/gzip"), defaultGzip);
    s.setValue(QStringLiteral("csv/delimiter"), QString(csvDelimiter));
    s.setValue(QStringLiteral("csv/bom"), csvBom);
    s.setValue(QStringLiteral("csv/allowFormulas"), csvAllowFormulas);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("ui/notifications"), notifications);
}

QByteArray AppSettings::value(const QString &key)
{
    return QSettings().value(QStringLiteral("window/") + key).toByteArray();
}

void AppSettings::setValue(const QString &key, const QByteArray &value)
{
    QSettings().setValue(QStringLiteral("window/") + key, value);
}

} // namespace defex
