#include "ExportRequest.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace defex {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::ExportRequest)
};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        out.append(e.toString());
    return out;
}

QString dateString(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

bool ExportFilters::isEmpty() const
{
    return *this == ExportFilters{};
}

bool ExportFilters::operator==(const ExportFilters &o) const
{
    return statuses == o.statuses && categories == o.categories
           && organisatorischeContext == o.organisatorischeContext
           && juridischeContext == o.juridischeContext && createdFrom == o.createdFrom
           && createdTo == o.createdTo && updatedFrom == o.updatedFrom && updatedTo == o.updatedTo
           && minScore == o.minScore && search == o.search;
}

bool CsvOptions::operator==(const CsvOptions &o) const
{
    return delimiter == o.delimiter && byteOrderMark == o.byteOrderMark
           && neutraliseFormulas == o.neutraliseFormulas;
}

bool ExportRequest::operator==(const ExportRequest &o) const
{
    return database == o.database && output == o.output && format == o.format && level == o.level
           && gzip == o.gzip && filters == o.filters && csv == o.csv
           && description == o.description && timestamp == o.timestamp;
}

QString ExportRequest::validate() const
{
    if (database.isEmpty())
        return Tr::tr("No source database was given.");
    if (output.isEmpty())
        return Tr::tr("No output file was given.");
    if (csv.delimiter != ';' && csv.delimiter != ',' && csv.delimiter != '\t')
        return Tr::tr("The CSV delimiter must be a semicolon, a comma or a tab.");
    const ExportFilters &f = filters;
    if (f.createdFrom.isValid() && f.createdTo.isValid() && f.createdFrom > f.createdTo)
        return Tr::tr("The created-from date lies after the created-to date.");
    if (f.updatedFrom.isValid() && f.updatedTo.isValid() && f.updatedFrom > f.updatedTo)
        return Tr::tr("The updated-from date lies after the updated-to date.");
    if (f.minScore && (!std::isfinite(*f.minScore) || *f.minScore < 0.0 || *f.minScore > 1.0))
        return Tr::tr("The minimum validation score must lie between 0 and 1.");
    return {};
}

QJsonObject ExportRequest::toJson() const
{
    QJsonObject filterObj{
        {QStringLiteral("statuses"), toArray(filters.statuses)},
        {QStringLiteral("categories"), toArray(filters.categories)},
        {QStringLiteral("organisatorischeContext"), filters.organisatorischeContext},
        {QStringLiteral("juridischeContext"), filters.juridischeContext},
        {QStringLiteral("createdFrom"), dateString(filters.createdFrom)},
        {QStringLiteral("createdTo"), dateString(filters.createdTo)},
        {QStringLiteral("updatedFrom"), dateString(filters.updatedFrom)},
        {QStringLiteral("updatedTo"), dateString(filters.updatedTo)},
        {QStringLiteral("search"), filters.search},
    };
    if (filters.minScore)
        filterObj.insert(QStringLiteral("minScore"), *filters.minScore);

    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("database"), database},
        {QStringLiteral("output"), output},
        {QStringLiteral("format"), formatName(format)},
        {QStringLiteral("level"), levelName(level)},
        {QStringLiteral("gzip"), gzip},
        {QStringLiteral("filters"), filterObj},
        {QStringLiteral("csv"),
         QJsonObject{{QStringLiteral("delimiter"), QString(QLatin1Char(csv.delimiter))},
                     {QStringLiteral("byteOrderMark"), csv.byteOrderMark},
                     {QStringLiteral("neutraliseFormulas"), csv.neutraliseFormulas}}},
        {QStringLiteral("description"), description},
        {QStringLiteral("timestamp"), timestamp.isValid()
                                          ? timestamp.toUTC().toString(Qt::ISODateWithMs)
                                          : QString()},
    };
}

ExportRequest ExportRequest::fromJson(const QJsonObject &o, QString *error)
{
    ExportRequest r;
    auto fail = [&](const QString &msg) {
        if (error)
            *error = msg;
        return ExportRequest{};
    };
    if (o.value(QStringLiteral("version")).toInt() != 1)
        return fail(Tr::tr("Unsupported export request version."));
    r.database = o.value(QStringLiteral("database")).toString();
    r.output = o.value(QStringLiteral("output")).toString();
    if (!formatFromName(o.value(QStringLiteral("format")).toString(), &r.format))
        return fail(Tr::tr("Unknown export format."));
    if (!levelFromName(o.value(QStringLiteral("level")).toString(), &r.level))
        return fail(Tr::tr("Unknown detail level."));
    r.gzip = o.value(QStringLiteral("gzip")).toBool();

    const QJsonObject f = o.value(QStringLiteral("filters")).toObject();
    r.filters.statuses = fromArray(f.value(QStringLiteral("statuses")));
    r.filters.categories = fromArray(f.value(QStringLiteral("categories")));
    r.filters.organisatorischeContext = f.value(QStringLiteral("organisatorischeContext")).toString();
    r.filters.juridischeContext = f.value(QStringLiteral("juridischeContext")).toString();
    r.filters.createdFrom = dateFrom(f.value(QStringLiteral("createdFrom")));
    r.filters.createdTo = dateFrom(f.value(QStringLiteral("createdTo")));
    r.filters.updatedFrom = dateFrom(f.value(QStringLiteral("updatedFrom")));
    r.filters.updatedTo = dateFrom(f.value(QStringLiteral("updatedTo")));
    if (f.contains(QStringLiteral("minScore")))
        r.filters.minScore = f.value(QStringLiteral("minScore")).toDouble();
    r.filters.search = f.value(QStringLiteral("search")).toString();

    const QJsonObject c = o.value(QStringLiteral("csv")).toObject();
    const QString delim = c.value(QStringLiteral("delimiter")).toString(QStringLiteral(";"));
    r.csv.delimiter = delim.isEmpty() ? ';' : static_cast<char>(delim.at(0).toLatin1());
    r.csv.byteOrderMark = c.value(QStringLiteral("byteOrderMark")).toBool(true);
    r.csv.neutraliseFormulas = c.value(QStringLiteral("neutraliseFormulas")).toBool(true);

    r.description = o.value(QStringLiteral("description")).toString();
    const QString ts = o.value(QStringLiteral("timestamp")).toString();
    if (!ts.isEmpty())
        r.timestamp = QDateTime::fromString(ts, Qt::ISODateWithMs);
    if (error)
        error->clear();
    return r;
}

} // namespace defex
