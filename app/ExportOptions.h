#pragma once

// The export options of the command line, shared by `export` and `queue add`.

#include "ExportRequest.h"

#include <QCommandLineParser>

void addExportOptions(QCommandLineParser &parser);
// --output, with the rule for its extension (see outputNameError()).
void addOutputOption(QCommandLineParser &parser);
// Fills `request` from the parsed options; returns a message for the user when they are invalid.
QString requestFromOptions(const QCommandLineParser &parser, defex::ExportRequest *request);
// A message when an option that takes one value was given more than once with different values
// (--status and --categorie collect theirs); empty otherwise. For every command's parser.
QString repeatedOptionError(const QCommandLineParser &parser);
// Options that were given but do nothing for the request's format (CSV options for XLSX...).
QStringList ineffectiveOptionWarnings(const QCommandLineParser &parser,
                                      const defex::ExportRequest &request);
// A message when the name of `output` ends in a known extension (.csv, .xlsx, .json, .txt, each
// optionally with .gz, or a bare .gz) that contradicts the request's format or gzip; other names
// are fine.
QString outputNameError(const QString &output, const defex::ExportRequest &request);
