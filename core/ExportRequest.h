#pragma once

// What to export: source, filters, level, format, compression, CSV options, destination.
// A plain value type that round-trips through JSON (the queue stores it that way).

#include "ExportTypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace defex {

struct ExportFilters
{
    QStringList statuses;             // any of these (empty: all)
    QStringList categories;           // any of these (empty: all)
    QString organisatorischeContext;  // an element of the JSON array, or the legacy plain string
    QString juridischeContext;
    QDate createdFrom, createdTo;     // inclusive, on the date part of created_at
    QDate updatedFrom, updatedTo;
    std::optional<double> minScore;   // validation_score >= minScore
    QString search;                   // substring of begrip or definitie (ASCII case-insensitive)

    bool isEmpty() const;
    bool operator==(const ExportFilters &o) const;
};

struct CsvOptions
{
    char delimiter = ';';
    bool byteOrderMark = true;
    bool neutraliseFormulas = true;

    bool operator==(const CsvOptions &o) const;
};

struct ExportRequest
{
    QString database;       // source definitie-app SQLite file
    QString output;         // final destination path
    Format format = Format::Csv;
    Level level = Level::Basis;
    bool gzip = false;
    ExportFilters filters;
    CsvOptions csv;
    QString description;
    // Written into the export's header; fixed per request so that a re-run produces the same bytes.
    QDateTime timestamp;

    // Empty when valid, otherwise a message for the user.
    QString validate() const;

    QJsonObject toJson() const;
    static ExportRequest fromJson(const QJsonObject &o, QString *error = nullptr);

    bool operator==(const ExportRequest &o) const;
};

} // namespace defex
