#pragma once

// What the window does when its display cannot be reached or goes away. Qt's xcb plugin ends the
// process by itself in both cases: a qFatal() while the QApplication is being made (abort, exit
// code 134, a core dump), and exit(1) from the event loop when the X server dies — which runs the
// static destructors while the queue's threads still work, and has been seen to crash with
// "corrupted double-linked list". The guard sees Qt's messages first and ends the process itself:
// NoDisplay at start-up, and after a lost display a graceful stop of the queue (running jobs keep
// their checkpoint) followed by _exit(DisplayLost), without running any destructor.

#include <functional>

namespace DisplayGuard {

// Installs the message handler (before the QApplication is made). Chains to Qt's handler.
void install();
// Around the QApplication's construction: a fatal message there means "no display".
void setStartingUp(bool startingUp);
// Called (in the thread that noticed) when the display is lost, before the process ends.
void setOnDisplayLost(std::function<void()> stop);

} // namespace DisplayGuard
