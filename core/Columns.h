#pragma once

// The export columns of the definitie-app, per detail level, in the app's own order (SCHEMA.md).

#include "ExportTypes.h"

#include <string_view>
#include <vector>

namespace defex {

enum class Column {
    // Columns read straight from `definities`.
    Id, Begrip, Definitie, Categorie, OrganisatorischeContext, JuridischeContext, WettelijkeBasis,
    UfoCategorie, ToelichtingProces, Status, VersionNumber, PreviousVersionId, ValidationScore,
    ValidationDate, ValidationIssues, SourceType, SourceReference, ImportedFrom, CreatedAt, UpdatedAt,
    CreatedBy, UpdatedBy, DatumVoorstel, Ketenpartners, ApprovedBy, ApprovedAt, ApprovalNotes,
    LastExportedAt, ExportDestinations, Voorkeursterm,
    // Aggregated from the active rows of `definitie_voorbeelden`.
    VoorbeeldZinnen, Praktijkvoorbeelden, Tegenvoorbeelden, Synoniemen, Antoniemen, Toelichting,
    Count // sentinel
};

constexpr int SourceColumnCount = static_cast<int>(Column::VoorbeeldZinnen);
constexpr int ExampleTypeCount = 6;

// The six example kinds, in the order of their export columns.
enum class ExampleType { Sentence, Practical, Counter, Synonyms, Antonyms, Explanation };

struct ColumnInfo
{
    Column column;
    const char *name;       // the definitie-app's column name, also the export header
    bool jsonArray;         // stored as a JSON array of strings (older rows: a plain string)
};

const ColumnInfo &columnInfo(Column c);
const std::vector<Column> &columnsFor(Level level);

bool isExampleColumn(Column c);
ExampleType exampleTypeOf(Column c);             // only for example columns
const char *exampleTypeKey(ExampleType t);       // "sentence", "practical", ... as stored
std::string_view exampleSeparator(ExampleType t); // "; ", ", " or a blank line
bool exampleTypeFromKey(std::string_view key, ExampleType *out);

} // namespace defex
