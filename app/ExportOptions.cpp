#include "ExportOptions.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace defex;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportOptions", text);
}

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
        return tr("--%1 expects a date as YYYY-MM-DD, not \"%2\".").arg(name, p.value(name));
    return {};
}

} // namespace

void addExportOptions(QCommandLineParser &parser)
{
    auto opt = [&](const char *name, const char *help, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), tr(help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        parser.addOption(o);
    };
    opt("database", "The definitie-app database (SQLite file) to export.", "FILE");
    opt("format", "Output format: csv, xlsx, json or txt (default csv).", "FORMAT");
    opt("gzip", "Compress the output with gzip (\".gz\" is added to the file name if missing).");
    opt("level", "Detail level: basis (17 columns), uitgebreid (25) or compleet (36). Default basis.", "LEVEL");
    opt("status", "Only these statuses (comma-separated): imported, draft, review, established, archived.", "S,...");
    opt("categorie", "Only these categories (comma-separated), e.g. type,proces.", "C,...");
    opt("org-context", "Only definitions with this organisational context (an element of the list).", "TEXT");
    opt("jur-context", "Only definitions with this legal context (an element of the list).", "TEXT");
    opt("created-from", "Only definitions created on or after this date.", "YYYY-MM-DD");
    opt("created-to", "Only definitions created on or before this date.", "YYYY-MM-DD");
    opt("updated-from", "Only definitions updated on or after this date.", "YYYY-MM-DD");
    opt("updated-to", "Only definitions updated on or before this date.", "YYYY-MM-DD");
    opt("min-score", "Only definitions with a validation score of at least this (0-1).", "X");
    opt("search", "Only definitions whose term or text contains this.", "TEXT");
    opt("delimiter", "CSV delimiter: ';' (default, what Dutch Excel expects), ',' or 'tab'.", "D");
    opt("no-bom", "CSV: leave out the UTF-8 byte-order mark.");
    opt("allow-formulas", "CSV: keep cells that start with = + - @ as they are (by default they get a "
                          "leading apostrophe so a spreadsheet does not run them as formulas).");
    opt("description", "A description of the export.", "TEXT");
    opt("timestamp", "The export date written into JSON and TXT headers (ISO 8601; default now, or "
                     "SOURCE_DATE_EPOCH when set) - for reproducible files.", "DATETIME");
}

QString requestFromOptions(const QCommandLineParser &p, ExportRequest *r)
{
    r->database = p.value(QStringLiteral("database"));
    if (p.isSet(QStringLiteral("format")) && !formatFromName(p.value(QStringLiteral("format")), &r->format))
        return tr("Unknown format \"%1\": use csv, xlsx, json or txt.").arg(p.value(QStringLiteral("format")));
    if (p.isSet(QStringLiteral("level")) && !levelFromName(p.value(QStringLiteral("level")), &r->level))
        return tr("Unknown level \"%1\": use basis, uitgebreid or compleet.").arg(p.value(QStringLiteral("level")));
    r->gzip = p.isSet(QStringLiteral("gzip"));

    ExportFilters &f = r->filters;
    f.statuses = splitList(p.values(QStringLiteral("status")));
    static const QStringList knownStatuses = {QStringLiteral("imported"), QStringLiteral("draft"),
                                              QStringLiteral("review"), QStringLiteral("established"),
                                              QStringLiteral("archived")};
    for (const QString &s : f.statuses) {
        if (!knownStatuses.contains(s))
            return tr("Unknown status \"%1\": use %2.").arg(s, knownStatuses.join(QStringLiteral(", ")));
    }
    f.categories = splitList(p.values(QStringLiteral("categorie")));
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
            return tr("--min-score expects a number between 0 and 1, not \"%1\".").arg(p.value(QStringLiteral("min-score")));
        f.minScore = v;
    }
    f.search = p.value(QStringLiteral("search"));

    if (p.isSet(QStringLiteral("delimiter"))) {
        const QString d = p.value(QStringLiteral("delimiter"));
        if (d == QLatin1String(";"))
            r->csv.delimiter = ';';
        else if (d == QLatin1String(","))
            r->csv.delimiter = ',';
        else if (d == QLatin1String("tab") || d == QLatin1String("\t"))
            r->csv.delimiter = '\t';
        else
            return tr("Unknown delimiter \"%1\": use ';', ',' or 'tab'.").arg(d);
    }
    r->csv.byteOrderMark = !p.isSet(QStringLiteral("no-bom"));
    r->csv.neutraliseFormulas = !p.isSet(QStringLiteral("allow-formulas"));
    r->description = p.value(QStringLiteral("description"));

    if (p.isSet(QStringLiteral("timestamp"))) {
        r->timestamp = QDateTime::fromString(p.value(QStringLiteral("timestamp")), Qt::ISODateWithMs);
        if (!r->timestamp.isValid())
            return tr("--timestamp expects an ISO 8601 date and time, not \"%1\".").arg(p.value(QStringLiteral("timestamp")));
    } else if (qEnvironmentVariableIsSet("SOURCE_DATE_EPOCH")) {
        bool ok = false;
        const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
        if (ok)
            r->timestamp = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    }
    if (r->database.isEmpty())
        return tr("--database is required.");
    return r->validate();
}
