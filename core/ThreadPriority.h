#pragma once

// Export work yields the processor to the window: queue jobs run their threads (and the threads
// they start, which inherit it) at a lower scheduling priority, so that the window's thread gets
// a core at once even when every core is busy exporting. On an idle machine it costs nothing.

namespace defex {

// Raises the calling thread's nice value to `nice` (Linux: per thread, inherited by threads it
// creates). Never lowers it. Returns whether the thread now runs at that value or lower priority.
bool lowerCurrentThreadPriority(int nice = 10);

// The calling thread's nice value.
int currentThreadNice();

} // namespace defex
