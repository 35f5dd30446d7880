#pragma once

// Dutch word lists and sentence fragments for the demo database. Texts are composed from these
// at generation time (DemoText.cpp), so a million rows cost string appends, not formatting.
// A '%' inside a fragment is replaced by the begrip.

#include <cstddef>
#include <string_view>

namespace defex::demo {

struct WordList
{
    const std::string_view *items;
    size_t count;

    std::string_view operator[](size_t i) const { return items[i]; }
    size_t size() const { return count; }
};

namespace words {

// begrip
extern const WordList stems, heads, adjectives, complements, standalone, camelParts;

// definitie
extern const WordList genusType, genusProces, genusResultaat, genusExemplaar, clauses, additions,
    legalRefs, toelichtingen, bulletIntros, bullets, paragraphs;

// the other columns of `definities`
extern const WordList organisations, legalAreas, laws, ketenpartners, exportDestinations,
    validationIssues, people, ufoCategories, processNotes, approvalNotes, sourceReferences,
    importFiles, models;

// definitie_voorbeelden
extern const WordList sentenceTemplates, situationTitles, situations, situationNotes, counterTerms,
    counterExplanations, counterReasons, synonyms, antonyms, explanations, longHeadings,
    reviewNotes;

} // namespace words
} // namespace defex::demo
