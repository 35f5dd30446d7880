#pragma once

// The export options of the command line, shared by `export` and (later) `queue add`.

#include "ExportRequest.h"

#include <QCommandLineParser>

void addExportOptions(QCommandLineParser &parser);
// Fills `request` from the parsed options; returns a message for the user when they are invalid.
QString requestFromOptions(const QCommandLineParser &parser, defex::ExportRequest *request);
