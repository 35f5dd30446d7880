#pragma once

// The subcommands. Each returns the process exit code. Only `window` needs a display (and a
// QApplication, which main() creates for it alone).

#include <QStringList>

namespace ExitCode {
enum : int { Done = 0, Usage = 1, BadInput = 2, OutputError = 3, Cancelled = 4, NoDisplay = 5, JobFailed = 6,
              DisplayLost = 7 };
}

int runExportCommand(const QStringList &arguments);
int runDemoDbCommand(const QStringList &arguments);
int runQueueCommand(const QStringList &arguments);
// `queue add`; `arguments` start with the program name ("definitie-export queue add").
int runQueueAddCommand(const QStringList &arguments);

// The desktop window; without a QApplication (no display) it explains that and returns NoDisplay.
int runWindowCommand(const QStringList &arguments);
// Whether a window can be shown: DISPLAY, WAYLAND_DISPLAY or an explicit QT_QPA_PLATFORM.
bool displayAvailable();
