#include "ThreadPriority.h"

#include <cerrno>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace defex {

namespace {
id_t currentThreadId()
{
    return id_t(::syscall(SYS_gettid));
}
} // namespace

int currentThreadNice()
{
    errno = 0;
    const int value = ::getpriority(PRIO_PROCESS, currentThreadId());
    return errno == 0 ? value : 0;
}

bool lowerCurrentThreadPriority(int nice)
{
    if (currentThreadNice() >= nice)
        return true;
    // PRIO_PROCESS with a thread id sets that one thread on Linux.
    return ::setpriority(PRIO_PROCESS, currentThreadId(), nice) == 0;
}

} // namespace defex
