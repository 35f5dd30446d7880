#include "DemoWords.h"

#include <iterator>

// The vocabulary of the other columns of `definities`: contexts, laws, people, notes.

namespace defex::demo {
namespace {

constexpr std::string_view kOrganisations[] = { "Strafrechtketen",
                                                "OM",
                                                "Politie",
                                                "DJI",
                                                "Justid",
                                                "KMAR",
                                                "CJIB",
                                                "Reclassering Nederland",
                                                "NP",
                                                "ZM",
                                                "Justitie en Veiligheid",
                                                "Rechtspraak",
                                                "IND",
                                                "Raad voor de Kinderbescherming",
                                                "NFI",
                                                "Justitiële Jeugdinrichtingen",
                                                "Halt",
                                                "Slachtofferhulp Nederland" };

constexpr std::string_view kLegalAreas[]
    = { "Strafrecht",      "Strafprocesrecht", "Bestuursrecht",      "Vreemdelingenrecht",
        "Jeugdstrafrecht", "Privacyrecht",     "Penitentiair recht", "Internationaal strafrecht",
        "Sanctierecht",    "Identiteitsrecht" };

constexpr std::string_view kLaws[] = { "Wetboek van Strafvordering art. 27",
                                       "Wetboek van Strafvordering art. 55c",
                                       "Wetboek van Strafrecht art. 310",
                                       "Wetboek van Strafrecht art. 36e",
                                       "Wet justitiële en strafvorderlijke gegevens",
                                       "Wet politiegegevens",
                                       "Algemene verordening gegevensbescherming (AVG) art. 4",
                                       "Paspoortwet",
                                       "Vreemdelingenwet 2000 art. 1",
                                       "Penitentiaire beginselenwet",
                                       "Wet op de identificatieplicht",
                                       "Wet basisregistratie personen",
                                       "Uitleveringswet",
                                       "Overleveringswet",
                                       "Wet DNA-onderzoek bij veroordeelden",
                                       "Besluit OM-afdoening",
                                       "Algemene wet bestuursrecht art. 1:2" };

constexpr std::string_view kKetenpartners[]
    = { "OM",  "Politie", "ZM",     "DJI", "Reclassering", "CJIB", "KMAR",
        "NFI", "RvdK",    "Justid", "IND", "COA",          "Halt" };

constexpr std::string_view kExportDestinations[]
    = { "csv", "excel", "json", "txt", "Begrippenkader-portaal", "SharePoint Ketenbegrippen" };

constexpr std::string_view kValidationIssues[]
    = { "Definitie begint met een lidwoord",
        "Cirkelredenering: het begrip komt voor in de definitie",
        "Definitie is langer dan 150 woorden",
        "Genus ontbreekt of is te algemeen",
        "Bron ontbreekt",
        "Gebruik van ‘etc.’ of ‘enz.’ in de definitie",
        "Meerdere zinnen in de definitie",
        "Context \"Strafrecht\" komt niet overeen met de wettelijke basis",
        "Afkorting niet uitgeschreven (OM)",
        "Toelichting bevat normatieve uitspraken",
        "Categorie past niet bij de formulering",
        "Dubbele spatie gevonden",
        "Definitie eindigt niet met een punt" };

constexpr std::string_view kPeople[] = { "Jeroen de Vries",   "Anouk Bakker",
                                         "Mohamed El Amrani", "Sanne van der Berg",
                                         "Pieter Jansen",     "Fatima Ouali",
                                         "Thijs Visser",      "Eline Smit",
                                         "Daan Meijer",       "Noor de Boer",
                                         "Ruud Mulder",       "Ilse Bos",
                                         "Bram Vos",          "Lotte Peters",
                                         "Hüseyin Yılmaz",    "Chloë Hendriks",
                                         "Sven van Leeuwen",  "Ingrid Dekker",
                                         "René Brouwer",      "Zoë de Graaf",
                                         "Joris ’t Hart",     "Marloes van den Heuvel",
                                         "Anke Verbeek",      "Kees Schouten",
                                         "Mei-Ling Tan",      "Wouter de Wit",
                                         "Priya Ramdin",      "Gijs van Dijk",
                                         "Femke Kramer",      "Inès Dubois" };

constexpr std::string_view kUfoCategories[]
    = { "Kind",       "Event",    "Role",     "Phase",
        "Relator",    "Mode",     "Quantity", "Quality",
        "Subkind",    "Category", "Mixin",    "RoleMixin",
        "PhaseMixin", "Abstract", "Relatie",  "Event Composition" };

constexpr std::string_view kProcessNotes[]
    = { "Akkoord na overleg met de juridische afdeling; bron aangepast.",
        "Review door werkgroep Begrippen: genus aangescherpt.",
        "Terug naar concept: afbakening met ‘identiteitsmiddel’ onduidelijk.",
        "Definitie overgenomen uit het Begrippenkader, versie 2.0.",
        "Let op: afwijkende definitie bij de IND; afstemming loopt.",
        "Gegenereerd en handmatig nagelopen, geen inhoudelijke wijzigingen.",
        "Toelichting ingekort op verzoek van het OM.",
        "Opmerking: \"cirkelredenering\" opgelost door herformulering.",
        "Wacht op reactie van de ketenpartners (DJI, CJIB).",
        "Gearchiveerd: vervangen door een nieuwere versie.",
        "Categorie gewijzigd van ‘type’ naar ‘proces’.",
        "Wettelijke basis toegevoegd na review; art. 27 Sv." };

constexpr std::string_view kApprovalNotes[]
    = { "Vastgesteld in het Ketenoverleg van 14 mei 2025.",
        "Akkoord, geen opmerkingen.",
        "Akkoord onder voorbehoud van redactionele aanpassingen.",
        "Vastgesteld door de begrippencommissie; publicatie in het portaal.",
        "Goedgekeurd; zie verslag \"Werkgroep Identiteit\" 2024-11.",
        "Akkoord; synoniemen nog aanvullen." };

constexpr std::string_view kSourceReferences[]
    = { "Begrippenkader Strafrechtketen v3.2",           "Kamerstukken II 2019/20, 35 000, nr. 3",
        "https://wetten.overheid.nl/BWBR0001903",        "Werkgroep IVS, notitie 2024-07",
        "Handboek Identiteitsvaststelling, hoofdstuk 4", "ECLI:NL:HR:2021:1234",
        "Interne notitie OM, kenmerk 2025/0412",         "Woordenlijst Justid, editie 2023" };

constexpr std::string_view kImportFiles[] = { "begrippenkader_strafrecht_v3.xlsx",
                                              "legacy_definities.csv",
                                              "ivs_begrippen_2024.json",
                                              "export_oude_app_2023-06-01.csv",
                                              "Begrippenlijst KMAR (aangeleverd).docx",
                                              "justid_woordenlijst.xml" };

constexpr std::string_view kModels[] = { "gpt-4.1", "gpt-4o", "gpt-4o-mini", "o3-mini" };

} // namespace

namespace words {

const WordList organisations { kOrganisations, std::size(kOrganisations) };
const WordList legalAreas { kLegalAreas, std::size(kLegalAreas) };
const WordList laws { kLaws, std::size(kLaws) };
const WordList ketenpartners { kKetenpartners, std::size(kKetenpartners) };
const WordList exportDestinations { kExportDestinations, std::size(kExportDestinations) };
const WordList validationIssues { kValidationIssues, std::size(kValidationIssues) };
const WordList people { kPeople, std::size(kPeople) };
const WordList ufoCategories { kUfoCategories, std::size(kUfoCategories) };
const WordList processNotes { kProcessNotes, std::size(kProcessNotes) };
const WordList approvalNotes { kApprovalNotes, std::size(kApprovalNotes) };
const WordList sourceReferences { kSourceReferences, std::size(kSourceReferences) };
const WordList importFiles { kImportFiles, std::size(kImportFiles) };
const WordList models { kModels, std::size(kModels) };

} // namespace words
} // namespace defex::demo
