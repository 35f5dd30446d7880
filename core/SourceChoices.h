#pragma once

// What a definitie-app database offers to filter on: its statuses and categories (with how many
// definitions have each) and the organisatorische and juridische contexts, split the way the
// reader matches them (elements of a JSON array, or a legacy plain string). Read-only, one call,
// any thread: it opens its own connection and closes it before returning.

#include "ExportTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace defex {

struct SourceChoice
{
    QString value; // as stored, e.g. "established"
    qint64 count = 0; // definitions with this value

    bool operator==(const SourceChoice &o) const { return value == o.value && count == o.count; }
};

struct SourceChoices
{
    QString database;
    ExportError error; // set when the database cannot be read (reader's message)
    QList<SourceChoice> statuses; // the definitie-app's lifecycle order first, then by name
    QList<SourceChoice> categories; // by name
    QStringList organisatorischeContexts; // distinct (ignoring case), sorted
    QStringList juridischeContexts;

    bool ok() const { return !error.isError(); }

    // Reads the choices of `database`; waits at most `lockTimeoutMs` for a writer's lock.
    static SourceChoices read(const QString &database, int lockTimeoutMs = 3000);
};

} // namespace defex
