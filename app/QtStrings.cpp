// Qt's own user-visible texts that reach our users: QCommandLineParser's help and errors.
// Debian ships no Dutch translation of Qt that we load, so these are listed here for lupdate
// and translated in our own .ts files; the installed translator then serves them to Qt's
// QCommandLineParser::tr() calls (same context, same source text). Nothing uses this array.
// The texts must match Qt's sources exactly (Qt 6.4, qcommandlineparser.cpp).

#include <QtGlobal>

namespace {

[[maybe_unused]] const char *const kQtCommandLineParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

} // namespace
