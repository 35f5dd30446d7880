#include "Columns.h"

#include <array>

namespace defex {

namespace {

constexpr std::array<ColumnInfo, static_cast<size_t>(Column::Count)> kColumns = {{
    {Column::Id, "id", false},
    {Column::Begrip, "begrip", false},
    {Column::Definitie, "definitie", false},
    {Column::Categorie, "categorie", false},
    {Column::OrganisatorischeContext, "organisatorische_context", true},
    {Column::JuridischeContext, "juridische_context", true},
    {Column::WettelijkeBasis, "wettelijke_basis", true},
    {Column::UfoCategorie, "ufo_categorie", false},
    {Column::ToelichtingProces, "toelichting_proces", false},
    {Column::Status, "status", false},
    {Column::VersionNumber, "version_number", false},
    {Column::PreviousVersionId, "previous_version_id", false},
    {Column::ValidationScore, "validation_score", false},
    {Column::ValidationDate, "validation_date", false},
    {Column::ValidationIssues, "validation_issues", true},
    {Column::SourceType, "source_type", false},
    {Column::SourceReference, "source_reference", false},
    {Column::ImportedFrom, "imported_from", false},
    {Column::CreatedAt, "created_at", false},
    {Column::UpdatedAt, "updated_at", false},
    {Column::CreatedBy, "created_by", false},
    {Column::UpdatedBy, "updated_by", false},
    {Column::DatumVoorstel, "datum_voorstel", false},
    {Column::Ketenpartners, "ketenpartners", true},
    {Column::ApprovedBy, "approved_by", false},
    {Column::ApprovedAt, "approved_at", false},
    {Column::ApprovalNotes, "approval_notes", false},
    {Column::LastExportedAt, "last_exported_at", false},
    {Column::ExportDestinations, "export_destinations", true},
    {Column::Voorkeursterm, "voorkeursterm", false},
    {Column::VoorbeeldZinnen, "voorbeeld_zinnen", false},
    {Column::Praktijkvoorbeelden, "praktijkvoorbeelden", false},
    {Column::Tegenvoorbeelden, "tegenvoorbeelden", false},
    {Column::Synoniemen, "synoniemen", false},
    {Column::Antoniemen, "antoniemen", false},
    {Column::Toelichting, "toelichting", false},
}};

std::vector<Column> withExamples(std::vector<Column> cols)
{
    for (Column c : {Column::Voorkeursterm, Column::VoorbeeldZinnen, Column::Praktijkvoorbeelden,
                     Column::Tegenvoorbeelden, Column::Synoniemen, Column::Antoniemen,
                     Column::Toelichting})
        cols.push_back(c);
    return cols;
}

} // namespace

const ColumnInfo &columnInfo(Column c)
{
    return kColumns[static_cast<size_t>(c)];
}

const std::vector<Column> &columnsFor(Level level)
{
    using C = Column;
    static const std::vector<Column> basis = withExamples(
        {C::Begrip, C::Definitie, C::Categorie, C::OrganisatorischeContext, C::JuridischeContext,
         C::WettelijkeBasis, C::Status, C::ValidationScore, C::CreatedAt, C::UpdatedAt});
    static const std::vector<Column> uitgebreid = withExamples(
        {C::Begrip, C::Definitie, C::Categorie, C::OrganisatorischeContext, C::JuridischeContext,
         C::WettelijkeBasis, C::UfoCategorie, C::Status, C::ValidationScore, C::ValidationDate,
         C::ValidationIssues, C::ToelichtingProces, C::SourceType, C::CreatedAt, C::UpdatedAt,
         C::CreatedBy, C::UpdatedBy, C::Ketenpartners});
    static const std::vector<Column> compleet = withExamples(
        {C::Id, C::Begrip, C::Definitie, C::Categorie, C::OrganisatorischeContext,
         C::JuridischeContext, C::WettelijkeBasis, C::UfoCategorie, C::ToelichtingProces,
         C::Status, C::VersionNumber, C::PreviousVersionId, C::ValidationScore,
         C::ValidationDate, C::ValidationIssues, C::SourceType, C::SourceReference,
         C::ImportedFrom, C::CreatedAt, C::UpdatedAt, C::CreatedBy, C::UpdatedBy,
         C::DatumVoorstel, C::Ketenpartners, C::ApprovedBy, C::ApprovedAt, C::ApprovalNotes,
         C::LastExportedAt, C::ExportDestinations});
    switch (level) {
    case Level::Basis: return basis;
    case Level::Uitgebreid: return uitgebreid;
    case Level::Compleet: return compleet;
    }
    return basis;
}

bool isExampleColumn(Column c)
{
    return c >= Column::VoorbeeldZinnen && c < Column::Count;
}

ExampleType exampleTypeOf(Column c)
{
    return static_cast<ExampleType>(static_cast<int>(c) - static_cast<int>(Column::VoorbeeldZinnen));
}

const char *exampleTypeKey(ExampleType t)
{
    static const char *const keys[ExampleTypeCount] = {"sentence", "practical", "counter",
                                                       "synonyms", "antonyms", "explanation"};
    return keys[static_cast<int>(t)];
}

std::string_view exampleSeparator(ExampleType t)
{
    switch (t) {
    case ExampleType::Sentence:
    case ExampleType::Practical:
    case ExampleType::Counter: return "; ";
    case ExampleType::Synonyms:
    case ExampleType::Antonyms: return ", ";
    case ExampleType::Explanation: return "\n\n";
    }
    return "; ";
}

bool exampleTypeFromKey(std::string_view key, ExampleType *out)
{
    for (int i = 0; i < ExampleTypeCount; ++i) {
        if (key == exampleTypeKey(static_cast<ExampleType>(i))) {
            *out = static_cast<ExampleType>(i);
            return true;
        }
    }
    return false;
}

} // namespace defex
