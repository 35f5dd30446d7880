#pragma once

// Printing for the command line: one line to stdout or stderr in the locale's encoding.

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

void printOut(const QString &text);
void printErr(const QString &text);

// Parses a command's arguments. On a usage error prints the parser's message and `hint` (when
// given) and returns the usage exit code; on --help prints the help with its first line replaced
// by `usageLine` (the parser names the program by its full path) and returns 0. Otherwise
// returns nothing and the command goes on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const QString &usageLine, const QString &hint = QString());
