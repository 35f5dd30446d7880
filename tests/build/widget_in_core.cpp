// Compiled with core's include path and flags by the ctest `core_refuses_widgets`, which expects
// this to fail: the forbid-gui headers turn a Qt Widgets include in core into a compile error.
#include <QtWidgets/QWidget>

int probe()
{
    return 0;
}
