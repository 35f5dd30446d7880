#include "ExportTypes.h"

namespace defex {

QString formatName(Format f)
{
    switch (f) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::Xlsx: return QStringLiteral("xlsx");
    case Format::Json: return QStringLiteral("json");
    case Format::Txt: return QStringLiteral("txt");
    }
    return {};
}

bool formatFromName(const QString &name, Format *out)
{
    for (Format f : {Format::Csv, Format::Xlsx, Format::Json, Format::Txt}) {
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

QString levelName(Level l)
{
    switch (l) {
    case Level::Basis: return QStringLiteral("basis");
    case Level::Uitgebreid: return QStringLiteral("uitgebreid");
    case Level::Compleet: return QStringLiteral("compleet");
    }
    return {};
}

bool levelFromName(const QString &name, Level *out)
{
    for (Level l : {Level::Basis, Level::Uitgebreid, Level::Compleet}) {
        if (name.compare(levelName(l), Qt::CaseInsensitive) == 0) {
            *out = l;
            return true;
        }
    }
    return false;
}

QString fileExtension(Format f, bool gzip)
{
    QString ext = QLatin1Char('.') + formatName(f);
    if (gzip)
        ext += QStringLiteral(".gz");
    return ext;
}

} // namespace defex
