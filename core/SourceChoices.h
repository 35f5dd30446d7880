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

    bool complete = false; // false: only checked (error known), the lists are not read yet

    bool ok() const { return !error.isError(); }

    // Only checks that `database` is a readable definitie-app database (milliseconds, also on a
    // big one); the lists stay empty. Waits at most `lockTimeoutMs` for a writer's lock.
    static SourceChoices check(const QString &database, int lockTimeoutMs = 3000);
    // Checks and reads the choices of `database` (seconds on a million definitions).
    static SourceChoices read(const QString &database, int lockTimeoutMs = 3000);
};

} // namespace defex
