#pragma once

// Printing for the command line: one line to stdout or stderr in the locale's encoding.

#include <QString>

void printOut(const QString &text);
void printErr(const QString &text);
