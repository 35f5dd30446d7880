#include "Console.h"

#include "Commands.h"

#include <QCommandLineParser>

#include <cstdio>

void printOut(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout); // `queue watch` feeds other programs line by line
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const QString &usageLine, const QString &hint)
{
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        if (!hint.isEmpty())
            printErr(hint);
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')), usageLine);
        std::fprintf(stdout, "%s", help.toLocal8Bit().constData());
        return ExitCode::Done;
    }
    return std::nullopt;
}
