#include "DemoRows.h"

#include <algorithm>
#include <string_view>

namespace defex::demo {

namespace {

struct Weighted
{
    const char *value;
    int weight; // out of 100 per table
    int genusGroup;
};

// Mostly the four classic categories, with the ontology codes of the newer app versions mixed in.
const Weighted kCategories[]
    = { { "type", 26, 0 }, { "proces", 22, 1 }, { "resultaat", 16, 2 }, { "exemplaar", 10, 3 },
        { "ENT", 5, 0 },   { "ACT", 5, 1 },     { "REL", 4, 0 },        { "ATT", 4, 0 },
        { "AUT", 3, 1 },   { "STA", 3, 2 },     { "OTH", 2, 3 } };
const Weighted kStatuses[] = { { "draft", 38, 0 },
                               { "review", 15, 0 },
                               { "established", 25, 0 },
                               { "imported", 12, 0 },
                               { "archived", 10, 0 } };
const Weighted kSourceTypes[]
    = { { "generated", 70, 0 }, { "imported", 15, 0 }, { "manual", 15, 0 } };

template<size_t N> const Weighted &pickWeighted(Rng &rng, const Weighted (&table)[N])
{
    int roll = int(rng.below(100));
    for (const Weighted &w : table) {
        if (roll < w.weight)
            return w;
        roll -= w.weight;
    }
    return table[0];
}

// A JSON array of `count` distinct items of `list`, with Python's ", " separator.
void appendJsonArray(std::string &out, Rng &rng, const WordList &list, int count, bool asciiOnly)
{
    quint32 used[8];
    count = std::min({ count, 8, int(list.size()) });
    out += '[';
    for (int i = 0; i < count; ++i) {
        quint32 index = rng.below(quint32(list.size()));
        while (std::find(used, used + i, index) != used + i)
            index = (index + 1) % quint32(list.size());
        used[i] = index;
        if (i > 0)
            out += ", ";
        appendJsonString(out, list[index], asciiOnly);
    }
    out += ']';
}

int pickCount(Rng &rng, std::initializer_list<int> percents)
{
    int roll = int(rng.below(100));
    int count = 0;
    for (int p : percents) {
        if (roll < p)
            return count;
        roll -= p;
        ++count;
    }
    return count;
}

TimestampStyle pickStyle(Rng &rng)
{
    const quint32 roll = rng.below(100);
    return roll < 55 ? TimestampStyle::SpaceMicroUtc
        : roll < 73  ? TimestampStyle::TSeparator
        : roll < 93  ? TimestampStyle::Space
                     : TimestampStyle::TMicro;
}

// A moment up to `maxSeconds` after `t` (possibly `t` itself), never past the end of the range:
// clamping instead would pile rows up on its last second.
Timestamp laterBy(Rng &rng, const Timestamp &t, qint64 maxSeconds)
{
    const qint64 end = qint64(DemoDays) * SecondsPerDay - 1;
    const qint64 left = end - (qint64(t.day) * SecondsPerDay + t.second);
    return later(t, qint64(rng.below(quint32(std::min(maxSeconds, left) + 1))));
}

qint64 secondsBetween(const Timestamp &from, const Timestamp &to)
{
    return (qint64(to.day) - from.day) * SecondsPerDay + (to.second - from.second);
}

void setTimestamp(Text &field, const Timestamp &t, TimestampStyle style)
{
    appendTimestamp(field.set(), t, style);
}

void setPerson(Rng &rng, Text &field)
{
    field.set() += rng.pick(words::people);
}

} // namespace

DemoRowGenerator::DemoRowGenerator(quint64 seed, qint64 rows)
    : m_seed(seed)
    , m_rows(rows)
{
}

bool DemoRowGenerator::hasLongExample(qint64 id) const
{
    // Exactly one definition in every block of 300 gets a very long example, so even a small
    // database is guaranteed to have some; where in the block is up to the seed.
    constexpr qint64 block = 300;
    Rng rng(streamSeed(m_seed ^ 0x4C4F4E47ull, quint64((id - 1) / block)));
    return (id - 1) % block == qint64(rng.below(quint32(block)));
}

void DemoRowGenerator::make(qint64 id, DemoDefinition &row) const
{
    Rng rng(streamSeed(m_seed, quint64(id)));
    row.id = id;

    row.begrip.clear();
    composeBegrip(rng, row.begrip);
    const Weighted &categorie = pickWeighted(rng, kCategories);
    row.categorie = categorie.value;
    row.definitie.clear();
    composeDefinitie(rng, row.begrip, categorie.genusGroup, row.definitie);

    row.organisatorischeContext.clear();
    row.juridischeContext.clear();
    row.wettelijkeBasis.clear();
    if (rng.percent(2)) {
        // Rows from before the app stored contexts as JSON: plain strings.
        row.organisatorischeContext += rng.pick(words::organisations);
        if (rng.percent(30)) {
            row.organisatorischeContext += ", ";
            row.organisatorischeContext += rng.pick(words::organisations);
        }
        if (rng.percent(75))
            row.juridischeContext += rng.pick(words::legalAreas);
        row.wettelijkeBasis += "[]";
    } else {
        const bool ascii = rng.percent(5);
        appendJsonArray(row.organisatorischeContext, rng, words::organisations,
                        pickCount(rng, { 8, 60, 24 }), ascii);
        appendJsonArray(row.juridischeContext, rng, words::legalAreas, pickCount(rng, { 30, 55 }),
                        ascii);
        appendJsonArray(row.wettelijkeBasis, rng, words::laws, pickCount(rng, { 55, 35 }), ascii);
    }

    if (rng.percent(40))
        row.ufoCategorie.setNull();
    else
        row.ufoCategorie.set() += rng.pick(words::ufoCategories);

    row.status = pickWeighted(rng, kStatuses).value;
    const std::string_view status = row.status;
    const bool isImportedStatus = status == "imported";
    row.sourceType
        = isImportedStatus && rng.percent(85) ? "imported" : pickWeighted(rng, kSourceTypes).value;
    const bool established = status == "established";
    const bool archived = status == "archived";
    const bool reviewed = established || archived || status == "review";
    if (rng.percent(reviewed ? 40 : 5))
        row.toelichtingProces.set() += rng.pick(words::processNotes);
    else
        row.toelichtingProces.setNull();

    row.versionNumber = rng.percent(80) ? 1 : rng.between(2, 8);
    row.previousVersionId = 0;
    if (row.versionNumber > 1 && id > 1 && rng.percent(60))
        row.previousVersionId = id - 1 - qint64(rng.below(quint32(std::min<qint64>(id - 1, 5000))));

    // Creation follows the id through 2023-2026 with a little jitter, as in a live database.
    Timestamp created;
    const qint64 span = std::max<qint64>(m_rows, 1);
    created.day
        = int(std::clamp<qint64>((id - 1) * DemoDays / span + rng.between(-3, 3), 0, DemoDays - 1));
    created.second
        = rng.percent(90) ? 7 * 3600 + int(rng.below(11 * 3600)) : int(rng.below(SecondsPerDay));
    created.micro = int(rng.below(1000000));
    const TimestampStyle style = pickStyle(rng);
    Timestamp updated = created;
    if (!rng.percent(45))
        updated = laterBy(rng, created, rng.percent(60) ? SecondsPerDay : 400 * SecondsPerDay);
    const qint64 lifetime = secondsBetween(created, updated);
    row.createdAt.clear();
    appendTimestamp(row.createdAt, created, style);
    row.updatedAt.clear();
    appendTimestamp(row.updatedAt, updated, style);

    if (rng.percent(35)) {
        row.validationScore = -1;
        row.validationDate.setNull();
        if (rng.percent(50))
            row.validationIssues.setNull();
        else
            row.validationIssues.set() += "[]";
    } else {
        row.validationScore = rng.percent(85) ? rng.between(40, 100) : rng.between(0, 100);
        setTimestamp(row.validationDate, laterBy(rng, created, lifetime), style);
        const int issues = row.validationScore >= 80 ? pickCount(rng, { 70, 25 })
                                                     : pickCount(rng, { 20, 40, 30 });
        appendJsonArray(row.validationIssues.set(), rng, words::validationIssues, issues, false);
    }

    if (rng.percent(25))
        row.sourceReference.set() += rng.pick(words::sourceReferences);
    else
        row.sourceReference.setNull();
    if (std::string_view(row.sourceType) == "imported" && rng.percent(90))
        row.importedFrom.set() += rng.pick(words::importFiles);
    else
        row.importedFrom.setNull();

    const quint32 creator = rng.below(100);
    if (creator < 35)
        row.createdBy.setNull();
    else if (creator < 50)
        row.createdBy.set() += "system";
    else
        setPerson(rng, row.createdBy);
    if (lifetime == 0)
        row.updatedBy = row.createdBy;
    else if (rng.percent(60))
        setPerson(rng, row.updatedBy);
    else
        row.updatedBy.set() += "system";

    if ((established && rng.percent(95)) || (archived && rng.percent(50))) {
        setPerson(rng, row.approvedBy);
        setTimestamp(row.approvedAt, laterBy(rng, created, lifetime), style);
        if (rng.percent(60))
            row.approvalNotes.set() += rng.pick(words::approvalNotes);
        else
            row.approvalNotes.setNull();
    } else {
        row.approvedBy.setNull();
        row.approvedAt.setNull();
        row.approvalNotes.setNull();
    }

    if (rng.percent(15)) {
        setTimestamp(row.lastExportedAt, laterBy(rng, updated, 90 * SecondsPerDay), style);
        appendJsonArray(row.exportDestinations.set(), rng, words::exportDestinations,
                        rng.between(1, 2), false);
    } else {
        row.lastExportedAt.setNull();
        if (rng.percent(40))
            row.exportDestinations.set() += "[]";
        else
            row.exportDestinations.setNull();
    }

    if (std::string_view(row.sourceType) == "generated" && rng.percent(35)) {
        std::string &blob = row.generationPromptData.set();
        blob += "{\"model\": ";
        appendJsonString(blob, rng.pick(words::models), false);
        static const char *const temperatures[] = { "0.0", "0.2", "0.3", "0.5", "0.7" };
        blob += ", \"temperature\": ";
        blob += temperatures[rng.below(5)];
        blob += ", \"prompt_version\": \"2.";
        appendInt(blob, rng.between(0, 9));
        blob += '.';
        appendInt(blob, rng.between(0, 5));
        blob += "\", \"begrip\": ";
        appendJsonString(blob, row.begrip, false);
        blob += ", \"organisatorische_context\": ";
        if (row.organisatorischeContext[0] == '[')
            blob += row.organisatorischeContext;
        else
            appendJsonString(blob, row.organisatorischeContext, false);
        blob += ", \"tokens\": {\"prompt\": ";
        appendInt(blob, rng.between(600, 4000));
        blob += ", \"completion\": ";
        appendInt(blob, rng.between(80, 900));
        blob += "}, \"web_lookup\": ";
        blob += rng.percent(50) ? "true}" : "false}";
    } else {
        row.generationPromptData.setNull();
    }

    if (rng.percent(35))
        appendDate(row.datumVoorstel.set(), created.day - int(rng.below(60)));
    else
        row.datumVoorstel.setNull();

    const quint32 partners = rng.below(100);
    if (partners < 50)
        row.ketenpartners.set() += "[]";
    else if (partners < 80)
        appendJsonArray(row.ketenpartners.set(), rng, words::ketenpartners, rng.between(1, 4),
                        false);
    else
        row.ketenpartners.setNull();

    const quint32 preferred = rng.below(100);
    if (preferred < 80)
        row.voorkeursterm.setNull();
    else if (preferred < 85)
        row.voorkeursterm.set(); // the app stores "" when the field was cleared
    else if (preferred < 95)
        row.voorkeursterm.set() += row.begrip;
    else
        row.voorkeursterm.set() += rng.pick(words::synonyms);

    makeExamples(rng, row, created, style, hasLongExample(id));
}

void DemoRowGenerator::makeExamples(Rng &rng, DemoDefinition &row, const Timestamp &created,
                                    TimestampStyle style, bool longExample) const
{
    int counts[ExampleTypeCount] = {};
    if (longExample || !rng.percent(4)) {
        counts[int(ExampleType::Sentence)] = 1 + pickCount(rng, { 25, 35 });
        counts[int(ExampleType::Practical)] = pickCount(rng, { 40, 40 });
        counts[int(ExampleType::Counter)] = pickCount(rng, { 45, 40 });
        counts[int(ExampleType::Synonyms)] = rng.percent(45) ? 1 : 0;
        counts[int(ExampleType::Antonyms)] = rng.percent(25) ? 1 : 0;
        counts[int(ExampleType::Explanation)] = rng.percent(35) ? 1 : 0;
    }
    ExampleType longType = rng.percent(50) ? ExampleType::Practical : ExampleType::Explanation;
    if (longExample)
        counts[int(longType)] = std::max(counts[int(longType)], 1);

    int total = 0;
    for (int c : counts)
        total += c;
    if (row.examples.size() < size_t(total))
        row.examples.resize(size_t(total));
    row.exampleCount = total;

    int n = 0;
    for (int t = 0; t < ExampleTypeCount; ++t) {
        for (int order = 1; order <= counts[t]; ++order) {
            DemoExample &ex = row.examples[size_t(n++)];
            ex.type = static_cast<ExampleType>(t);
            ex.order = order;
            ex.text.clear();
            if (longExample && ex.type == longType && order == 1)
                composeLongExample(rng, row.begrip, ex.text);
            else
                composeExample(rng, ex.type, row.begrip, ex.text);

            const quint32 origin = rng.below(100);
            ex.generatedBy = origin < 55 ? "system" : origin < 90 ? "ai" : "user";
            if (origin >= 55 && origin < 90) {
                ex.generationModel.set() += rng.pick(words::models);
                if (rng.percent(50)) {
                    std::string &params = ex.generationParameters.set();
                    params += "{\"temperature\": 0.";
                    appendInt(params, rng.between(1, 9));
                    params += ", \"max_tokens\": ";
                    appendInt(params, 500 * rng.between(1, 4));
                    params += '}';
                } else {
                    ex.generationParameters.setNull();
                }
            } else {
                ex.generationModel.setNull();
                ex.generationParameters.setNull();
            }
            ex.active = !rng.percent(10);

            const Timestamp made = laterBy(rng, created, 600);
            ex.createdAt.clear();
            appendTimestamp(ex.createdAt, made, style);
            ex.reviewed = rng.percent(20);
            if (ex.reviewed) {
                static const char *const verdicts[] = { "goed", "goed", "matig", "afgekeurd" };
                ex.review.set() += verdicts[rng.below(4)];
                if (rng.percent(50))
                    ex.reviewNotes.set() += rng.pick(words::reviewNotes);
                else
                    ex.reviewNotes.setNull();
                setPerson(rng, ex.reviewedBy);
                const Timestamp reviewedAt = laterBy(rng, made, 30 * SecondsPerDay);
                setTimestamp(ex.reviewedAt, reviewedAt, style);
                ex.updatedAt.clear();
                appendTimestamp(ex.updatedAt, reviewedAt, style);
            } else {
                ex.review.setNull();
                ex.reviewNotes.setNull();
                ex.reviewedBy.setNull();
                ex.reviewedAt.setNull();
                ex.updatedAt = ex.createdAt;
            }
        }
    }
}

} // namespace defex::demo
