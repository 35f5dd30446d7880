#include "ExportOptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <optional>

using namespace defex;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportOptions)
};

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

QString parseDate(const QCommandLineParser &p, const QString &name, QDate *out)
{
    if (!p.isSet(name))
        return {};
    *out = QDate::fromString(p.value(name), Qt::ISODate);
    if (!out->isValid())
        return Tr::tr("--%1 expects a date as YYYY-MM-DD, not \"%2\".").arg(name, p.value(name));
    return {};
}

// The definitie-app's fixed sets (../shared/data/definitie-app/SCHEMA.md), in their own spelling.
const QStringList &knownStatuses()
{
    static const QStringList names
        = { QStringLiteral("imported"), QStringLiteral("draft"), QStringLiteral("review"),
            QStringLiteral("established"), QStringLiteral("archived") };
    return names;
}

const QStringList &knownCategories()
{
    static const QStringList names
        = { QStringLiteral("type"),      QStringLiteral("proces"), QStringLiteral("resultaat"),
            QStringLiteral("exemplaar"), QStringLiteral("ENT"),    QStringLiteral("ACT"),
            QStringLiteral("REL"),       QStringLiteral("ATT"),    QStringLiteral("AUT"),
            QStringLiteral("STA"),       QStringLiteral("OTH") };
    return names;
}

// Replaces every value by its spelling in `known`, ignoring case; returns the first unknown one.
QString canonicalise(QStringList *values, const QStringList &known)
{
    for (QString &v : *values) {
        const auto it = std::find_if(known.cbegin(), known.cend(), [&](const QString &k) {
            return k.compare(v, Qt::CaseInsensitive) == 0;
        });
        if (it == known.cend())
            return v;
        v = *it;
    }
    return {};
}

// The options whose repetitions add up instead of contradicting each other.
bool collectsValues(const QString &name)
{
    return name == QLatin1String("status") || name == QLatin1String("categorie");
}

} // namespace

void addExportOptions(QCommandLineParser &parser)
{
    auto opt = [&](const char *name, const char *help, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), Tr::tr(help));
        // Value names that are words are translated (<BESTAND>); X, D, S,... stay as they are.
        if (value)
            o.setValueName(Tr::tr(value));
        parser.addOption(o);
    };
    opt("database", QT_TRANSLATE_NOOP("ExportOptions", "The definitie-app database (SQLite file) to export."), QT_TRANSLATE_NOOP("ExportOptions", "FILE"));
    opt("format", QT_TRANSLATE_NOOP("ExportOptions", "Output format: csv, xlsx, json or txt (default csv)."), QT_TRANSLATE_NOOP("ExportOptions", "FORMAT"));
    opt("gzip", QT_TRANSLATE_NOOP("ExportOptions", "Compress the output with gzip (\".gz\" is added to the file name if missing)."));
    opt("level", QT_TRANSLATE_NOOP("ExportOptions", "Detail level: basis (17 columns), uitgebreid (25) or compleet (36). Default basis."), QT_TRANSLATE_NOOP("ExportOptions", "LEVEL"));
    opt("status", QT_TRANSLATE_NOOP("ExportOptions", "Only these statuses (comma-separated): imported, draft, review, established, archived."), "S,...");
    opt("categorie", QT_TRANSLATE_NOOP("ExportOptions", "Only these categories (comma-separated), e.g. type,proces."), "C,...");
    opt("org-context", QT_TRANSLATE_NOOP("ExportOptions", "Only definitions with this organisational context (an element of the list)."), QT_TRANSLATE_NOOP("ExportOptions", "TEXT"));
    opt("jur-context", QT_TRANSLATE_NOOP("ExportOptions", "Only definitions with this legal context (an element of the list)."), QT_TRANSLATE_NOOP("ExportOptions", "TEXT"));
    opt("created-from", QT_TRANSLATE_NOOP("ExportOptions", "Only definitions created on or after this date."), QT_TRANSLATE_NOOP("ExportOptions", "YYYY-MM-DD"));
    opt("created-to", QT_TRANSLATE_NOOP("ExportOptions", "Only definitions created on or before this date."), QT_TRANSLATE_NOOP("ExportOptions", "YYYY-MM-DD"));
    opt("updated-from", QT_TRANSLATE_NOOP("ExportOptions", "Only definitions updated on or after this date."), QT_TRANSLATE_NOOP("ExportOptions", "YYYY-MM-DD"));
    opt("updated-to", QT_TRANSLATE_NOOP("ExportOptions", "Only definitions updated on or before this date."), QT_TRANSLATE_NOOP("ExportOptions", "YYYY-MM-DD"));
    opt("min-score", QT_TRANSLATE_NOOP("ExportOptions", "Only definitions with a validation score of at least this (0-1)."), "X");
    opt("search", QT_TRANSLATE_NOOP("ExportOptions", "Only definitions whose term or text contains this."), QT_TRANSLATE_NOOP("ExportOptions", "TEXT"));
    opt("delimiter", QT_TRANSLATE_NOOP("ExportOptions", "CSV delimiter: ';' (default, what Dutch Excel expects), ',' or 'tab'."), "D");
    opt("no-bom", QT_TRANSLATE_NOOP("ExportOptions", "CSV: leave out the UTF-8 byte-order mark."));
    opt("allow-formulas", QT_TRANSLATE_NOOP("ExportOptions", "CSV: keep cells that start with = + - @ as they are (by default they get a "
                          "leading apostrophe so a spreadsheet does not run them as formulas)."));
    opt("description", QT_TRANSLATE_NOOP("ExportOptions", "A description of the export."), QT_TRANSLATE_NOOP("ExportOptions", "TEXT"));
    opt("timestamp", QT_TRANSLATE_NOOP("ExportOptions", "The export date written into JSON and TXT headers and XLSX properties (ISO 8601; default now, or "
                     "SOURCE_DATE_EPOCH when set) - for reproducible files."), QT_TRANSLATE_NOOP("ExportOptions", "DATETIME"));
}

void addOutputOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("output"),
        Tr::tr("The file to write. A name that ends in .csv, .xlsx, .json or .txt (optionally "
               "followed by .gz), or in .gz, must agree with --format and --gzip; other names "
               "are used as given."),
        Tr::tr("FILE")));
}

QString requestFromOptions(const QCommandLineParser &p, ExportRequest *r)
{
    const QString repeated = repeatedOptionError(p);
    if (!repeated.isEmpty())
        return repeated;
    r->database = p.value(QStringLiteral("database"));
    if (p.isSet(QStringLiteral("format")) && !formatFromName(p.value(QStringLiteral("format")), &r->format))
        return Tr::tr("Unknown format \"%1\": use csv, xlsx, json or txt.").arg(p.value(QStringLiteral("format")));
    if (p.isSet(QStringLiteral("level")) && !levelFromName(p.value(QStringLiteral("level")), &r->level))
        return Tr::tr("Unknown level \"%1\": use basis, uitgebreid or compleet.").arg(p.value(QStringLiteral("level")));
    r->gzip = p.isSet(QStringLiteral("gzip"));

    ExportFilters &f = r->filters;
    f.statuses = splitList(p.values(QStringLiteral("status")));
    const QString badStatus = canonicalise(&f.statuses, knownStatuses());
    if (!badStatus.isEmpty())
        return Tr::tr("Unknown status \"%1\": use %2.")
            .arg(badStatus, knownStatuses().join(QStringLiteral(", ")));
    f.categories = splitList(p.values(QStringLiteral("categorie")));
    const QString badCategory = canonicalise(&f.categories, knownCategories());
    if (!badCategory.isEmpty()) {
        return Tr::tr("Unknown category \"%1\": use %2.")
            .arg(badCategory, knownCategories().join(QStringLiteral(", ")));
    }
    f.organisatorischeContext = p.value(QStringLiteral("org-context"));
    f.juridischeContext = p.value(QStringLiteral("jur-context"));
    for (auto [name, date] : {std::pair<const char *, QDate *>{"created-from", &f.createdFrom},
                              {"created-to", &f.createdTo},
                              {"updated-from", &f.updatedFrom},
                              {"updated-to", &f.updatedTo}}) {
        const QString err = parseDate(p, QLatin1String(name), date);
        if (!err.isEmpty())
            return err;
    }
    if (p.isSet(QStringLiteral("min-score"))) {
        bool ok = false;
        const double v = p.value(QStringLiteral("min-score")).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok)
            return Tr::tr("--min-score expects a number between 0 and 1, not \"%1\".").arg(p.value(QStringLiteral("min-score")));
        f.minScore = v;
    }
    f.search = p.value(QStringLiteral("search"));

    if (p.isSet(QStringLiteral("delimiter"))) {
        const QString d = p.value(QStringLiteral("delimiter"));
        if (d == QLatin1String(";"))
            r->csv.delimiter = ';';
        else if (d == QLatin1String(","))
            r->csv.delimiter = ',';
        else if (d.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0
                 || d == QLatin1String("\t"))
            r->csv.delimiter = '\t';
        else
            return Tr::tr("Unknown delimiter \"%1\": use ';', ',' or 'tab'.").arg(d);
    }
    r->csv.byteOrderMark = !p.isSet(QStringLiteral("no-bom"));
    r->csv.neutraliseFormulas = !p.isSet(QStringLiteral("allow-formulas"));
    r->description = p.value(QStringLiteral("description"));

    if (p.isSet(QStringLiteral("timestamp"))) {
        r->timestamp = QDateTime::fromString(p.value(QStringLiteral("timestamp")), Qt::ISODateWithMs);
        if (!r->timestamp.isValid())
            return Tr::tr("--timestamp expects an ISO 8601 date and time, not \"%1\".").arg(p.value(QStringLiteral("timestamp")));
    } else if (qEnvironmentVariableIsSet("SOURCE_DATE_EPOCH")) {
        bool ok = false;
        const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
        if (ok)
            r->timestamp = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    }
    if (r->database.isEmpty())
        return Tr::tr("--database is required.");
    return r->validate();
}

QString repeatedOptionError(const QCommandLineParser &p)
{
    QStringList seen;
    for (const QString &name : p.optionNames()) {
        if (seen.contains(name) || collectsValues(name))
            continue;
        seen << name;
        QStringList values = p.values(name);
        values.removeDuplicates();
        if (values.size() > 1) {
            return Tr::tr("--%1 was given more than once with different values (%2); give it once.")
                .arg(name, values.join(QStringLiteral(", ")));
        }
    }
    return {};
}

QStringList ineffectiveOptionWarnings(const QCommandLineParser &p, const ExportRequest &r)
{
    QStringList warnings;
    if (r.format == Format::Csv)
        return warnings;
    for (const char *name : { "delimiter", "no-bom", "allow-formulas" }) {
        if (p.isSet(QLatin1String(name))) {
            warnings << Tr::tr("--%1 has no effect on %2 exports; it applies to CSV only.")
                            .arg(QLatin1String(name), formatName(r.format).toUpper());
        }
    }
    return warnings;
}

QString outputNameError(const QString &output, const ExportRequest &r)
{
    const QString name = QFileInfo(output).fileName();
    const QString lower = name.toLower();
    const bool gzName = lower.endsWith(QLatin1String(".gz"));
    const QString inner = gzName ? lower.chopped(3) : lower;
    std::optional<Format> named;
    for (Format f : { Format::Csv, Format::Xlsx, Format::Json, Format::Txt }) {
        if (inner.endsWith(fileExtension(f, false)))
            named = f;
    }
    if (!named && !gzName)
        return {}; // another extension or none: the user's choice
    // The name without the known extension, for the suggestion.
    const QString base = name.left(name.size() - (gzName ? 3 : 0)
                                   - (named ? int(fileExtension(*named, false).size()) : 0));
    if (named && *named != r.format) {
        return Tr::tr("%1 ends in %2 but the format is %3: give --format %4 or name the file %5.")
            .arg(name, fileExtension(*named, false), formatName(r.format), formatName(*named),
                 base + fileExtension(r.format, r.gzip));
    }
    if (gzName && !r.gzip) {
        return Tr::tr("%1 ends in .gz but --gzip was not given: add --gzip or name the file %2.")
            .arg(name, base + fileExtension(r.format, false));
    }
    return {};
}
