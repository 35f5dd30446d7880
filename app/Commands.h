#pragma once

// The headless subcommands. Each returns the process exit code.

#include <QStringList>

namespace ExitCode {
enum : int { Done = 0, Usage = 1, BadInput = 2, OutputError = 3, Cancelled = 4 };
}

int runExportCommand(const QStringList &arguments);
int runDemoDbCommand(const QStringList &arguments);
int runQueueCommand(const QStringList &arguments);
