#pragma once

// One demo definition with its examples, as values ready to bind to the definitie-app's
// INSERT statements. The generator fills caller-owned rows so that string buffers are reused
// from row to row instead of being reallocated a million times.

#include "Columns.h"
#include "DemoText.h"

#include <QtGlobal>

#include <string>
#include <vector>

namespace defex::demo {

// A nullable text value.
struct Text
{
    std::string value;
    bool null = true;

    std::string &set()
    {
        null = false;
        value.clear();
        return value;
    }
    void setNull() { null = true; }
};

struct DemoExample
{
    ExampleType type = ExampleType::Sentence;
    int order = 1; // voorbeeld_volgorde, 1..n per type
    std::string text;
    const char *generatedBy = "system";
    Text generationModel, generationParameters;
    bool active = true;
    bool reviewed = false;
    Text review, reviewNotes, reviewedBy, reviewedAt;
    std::string createdAt, updatedAt;
};

struct DemoDefinition
{
    qint64 id = 0;
    std::string begrip, definitie;
    const char *categorie = "";
    std::string organisatorischeContext, juridischeContext, wettelijkeBasis;
    Text ufoCategorie, toelichtingProces;
    const char *status = "";
    int versionNumber = 1;
    qint64 previousVersionId = 0; // 0: NULL
    int validationScore = -1; // hundredths; -1: NULL
    Text validationDate, validationIssues;
    const char *sourceType = "";
    Text sourceReference, importedFrom;
    std::string createdAt, updatedAt;
    Text createdBy, updatedBy, approvedBy, approvedAt, approvalNotes, lastExportedAt,
        exportDestinations, generationPromptData, datumVoorstel, ketenpartners, voorkeursterm;

    // Only the first exampleCount entries are this row's; the rest are kept for their buffers.
    std::vector<DemoExample> examples;
    int exampleCount = 0;
};

class DemoRowGenerator
{
public:
    DemoRowGenerator(quint64 seed, qint64 rows);

    // Fills `row` with definition number `id` (1-based). Depends only on seed, rows and id.
    void make(qint64 id, DemoDefinition &row) const;

private:
    void makeExamples(Rng &rng, DemoDefinition &row, const Timestamp &created, TimestampStyle style,
                      bool longExample) const;
    bool hasLongExample(qint64 id) const;

    quint64 m_seed;
    qint64 m_rows;
};

} // namespace defex::demo
