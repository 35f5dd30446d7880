#include "DemoText.h"

namespace defex::demo {

namespace {

constexpr size_t MaxBegripChars = 70;
constexpr size_t MinDefinitieChars = 60;
constexpr size_t MaxDefinitieChars = 1200;

// Appends `piece` unless that would take `out` past `maxChars`; `chars` tracks out's length.
bool appendWithin(std::string &out, size_t &chars, std::string_view piece, size_t maxChars)
{
    const size_t n = charCount(piece);
    if (chars + n > maxChars)
        return false;
    out += piece;
    chars += n;
    return true;
}

const WordList &genusList(int group)
{
    switch (group) {
    case 0:
        return words::genusType;
    case 1:
        return words::genusProces;
    case 2:
        return words::genusResultaat;
    default:
        return words::genusExemplaar;
    }
}

void appendCommaList(Rng &rng, const WordList &list, int count, std::string &out)
{
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += ", ";
        out += rng.pick(list);
    }
}

} // namespace

void composeBegrip(Rng &rng, std::string &out)
{
    const size_t start = out.size();
    const quint32 shape = rng.below(100);
    if (shape < 30) {
        out += rng.pick(words::stems);
        out += rng.pick(words::heads);
    } else if (shape < 45) {
        out += rng.pick(words::adjectives);
        out += ' ';
        out += rng.pick(words::stems);
        out += rng.pick(words::heads);
    } else if (shape < 60) {
        out += rng.pick(words::stems);
        out += rng.pick(words::heads);
        out += ' ';
        out += rng.pick(words::complements);
    } else if (shape < 88) {
        out += rng.pick(words::standalone);
    } else if (shape < 92) {
        // Code-like names, as imported vocabularies have them: "VaststellingswijzeIdentificatie".
        const quint32 first = rng.below(quint32(words::camelParts.size()));
        const quint32 second = (first + 1 + rng.below(quint32(words::camelParts.size() - 1)))
            % quint32(words::camelParts.size());
        out += words::camelParts[first];
        out += words::camelParts[second];
    } else {
        out += rng.pick(words::adjectives);
        out += ' ';
        out += rng.pick(words::stems);
        out += rng.pick(words::heads);
        out += ' ';
        out += rng.pick(words::complements);
    }
    if (charCount(std::string_view(out).substr(start)) > MaxBegripChars) {
        out.resize(start);
        out += rng.pick(words::stems);
        out += rng.pick(words::heads);
    }
}

void composeDefinitie(Rng &rng, std::string_view begrip, int genusGroup, std::string &out)
{
    static const std::string_view ontologyWords[4]
        = { "soort", "proces", "resultaat", "exemplaar" };
    const size_t start = out.size();

    // How long this one wants to be: mostly short, a tail of long, well-documented ones.
    const quint32 lengthClass = rng.below(100);
    const size_t target = lengthClass < 50 ? size_t(rng.between(60, 260))
        : lengthClass < 85                 ? size_t(rng.between(260, 600))
                                           : size_t(rng.between(600, 1200));

    if (rng.percent(12)) {
        out += "- Ontologische categorie: ";
        out += ontologyWords[genusGroup & 3];
        out += '\n';
    }
    const bool quoted = rng.percent(40);
    if (quoted)
        out += '"';
    const size_t mainStart = out.size();
    std::string_view genus = rng.pick(genusList(genusGroup));
    const bool neuter = genus.size() > 2 && genus.substr(genus.size() - 2) == "|h";
    if (neuter)
        genus.remove_suffix(2);
    out += genus;
    out += ' ';
    std::string_view clause = rng.pick(words::clauses);
    // The relative pronoun follows the genus: "handeling die", "proces dat".
    if (clause.substr(0, 4) == "die " || clause.substr(0, 4) == "dat ") {
        out += neuter ? "dat" : "die";
        clause.remove_prefix(3);
    }
    out += clause;
    if (rng.percent(45)) {
        out += ", ";
        out += rng.pick(words::additions);
    }
    if (rng.percent(30)) {
        out += ' ';
        out += rng.pick(words::legalRefs);
    }
    if (quoted && rng.percent(20))
        out[mainStart] = char(out[mainStart] - 'A' + 'a'); // every genus starts with A-Z
    if (quoted)
        out += rng.percent(50) ? "\"@nl" : ".\"@nl";
    else
        out += '.';

    size_t chars = charCount(std::string_view(out).substr(start));
    bool hasToelichting = false;
    // Extend paragraph by paragraph; a piece that does not fit is skipped, not cut.
    for (int attempt = 0; attempt < 12 && (chars < target || chars < MinDefinitieChars);
         ++attempt) {
        const size_t before = out.size();
        const size_t charsBefore = chars;
        const quint32 kind = rng.below(100);
        bool ok = true;
        if (!hasToelichting && (kind < 60 || chars < MinDefinitieChars)) {
            ok = appendWithin(out, chars, "\n\nToelichting: ", MaxDefinitieChars);
            const int sentences = rng.between(1, 3);
            for (int s = 0; ok && s < sentences; ++s) {
                if (s > 0)
                    ok = appendWithin(out, chars, " ", MaxDefinitieChars);
                ok = ok
                    && appendWithin(out, chars, rng.pick(words::toelichtingen), MaxDefinitieChars);
            }
            hasToelichting = ok;
        } else if (kind < 80) {
            const bool dotStyle = rng.percent(30);
            ok = appendWithin(out, chars, "\n\n", MaxDefinitieChars)
                && appendWithin(out, chars, rng.pick(words::bulletIntros), MaxDefinitieChars);
            const int items = rng.between(2, 6);
            for (int b = 0; ok && b < items; ++b) {
                ok = appendWithin(out, chars, dotStyle ? "\n · " : "\n- ", MaxDefinitieChars)
                    && appendWithin(out, chars, rng.pick(words::bullets), MaxDefinitieChars);
            }
        } else {
            std::string_view paragraph = rng.pick(words::paragraphs);
            ok = appendWithin(out, chars, "\n\n", MaxDefinitieChars);
            if (ok) {
                const size_t at = out.size();
                appendWithBegrip(out, paragraph, begrip);
                chars += charCount(std::string_view(out).substr(at));
                ok = chars <= MaxDefinitieChars;
            }
        }
        if (!ok) {
            out.resize(before);
            chars = charsBefore;
        }
    }
    if (chars < MaxDefinitieChars && rng.percent(3))
        out += '\n'; // a stray trailing newline, as pasted text has
}

void composeExample(Rng &rng, ExampleType type, std::string_view begrip, std::string &out)
{
    switch (type) {
    case ExampleType::Sentence:
        appendWithBegrip(out, rng.pick(words::sentenceTemplates), begrip);
        if (rng.percent(20)) {
            out += ' ';
            appendWithBegrip(out, rng.pick(words::sentenceTemplates), begrip);
        }
        break;
    case ExampleType::Practical: {
        const quint32 style = rng.below(3);
        out += rng.pick(words::situationTitles);
        out += style == 0 ? ": **Situatie:** " : style == 1 ? "**\n" : "\n";
        out += rng.pick(words::situations);
        out += style == 0 ? "\n\n**Toelichting:** " : style == 1 ? "\n" : " ";
        appendWithBegrip(out, rng.pick(words::situationNotes), begrip);
        break;
    }
    case ExampleType::Counter: {
        const quint32 style = rng.below(3);
        out += rng.pick(words::counterTerms);
        if (style == 0) {
            out += ": - **Uitleg:** ";
            out += rng.pick(words::counterExplanations);
            out += "\n- **Waarom geen ";
            out += begrip;
            out += ":** ";
        } else if (style == 1) {
            out += " — ";
            out += rng.pick(words::counterExplanations);
            out += ' ';
        } else {
            out += ": *Uitleg*: ";
            out += rng.pick(words::counterExplanations);
            out += " *Waarom niet?* ";
        }
        out += rng.pick(words::counterReasons);
        break;
    }
    case ExampleType::Synonyms:
        appendCommaList(rng, words::synonyms, rng.between(2, 5), out);
        break;
    case ExampleType::Antonyms:
        appendCommaList(rng, words::antonyms, rng.between(1, 3), out);
        break;
    case ExampleType::Explanation: {
        const int sentences = rng.between(1, 3);
        const bool paragraphs = rng.percent(40);
        for (int s = 0; s < sentences; ++s) {
            if (s > 0)
                out += paragraphs ? "\n\n" : " ";
            appendWithBegrip(out, rng.pick(words::explanations), begrip);
        }
        break;
    }
    }
}

void composeLongExample(Rng &rng, std::string_view begrip, std::string &out)
{
    const size_t start = out.size();
    const size_t target = size_t(rng.between(2100, 4500));
    size_t chars = 0;
    while (chars < target) {
        const size_t at = out.size();
        if (at > start)
            out += "\n\n";
        out += rng.pick(words::longHeadings);
        out += '\n';
        out += rng.pick(words::situations);
        out += ' ';
        appendWithBegrip(out, rng.pick(words::explanations), begrip);
        if (rng.percent(50)) {
            for (int b = rng.between(2, 4); b > 0; --b) {
                out += "\n- ";
                out += rng.pick(words::bullets);
            }
        }
        out += '\n';
        out += rng.pick(words::toelichtingen);
        chars += charCount(std::string_view(out).substr(at));
    }
}

} // namespace defex::demo
