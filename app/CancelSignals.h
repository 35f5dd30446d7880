#pragma once

// Ctrl-C and SIGTERM ask a running command to stop cleanly; a second Ctrl-C ends it at once.

#include <atomic>

namespace CancelSignals {
void install();
const std::atomic<bool> *flag();
}
