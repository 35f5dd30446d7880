#include "DemoWords.h"

#include <iterator>

// The vocabulary of the begrippen and definitions themselves. Written for this project in the
// style of the justice chain's glossaries; accents and curly quotes are deliberate, they are what
// exports tend to break on.

namespace defex::demo {
namespace {

constexpr std::string_view kStems[]
    = { "identiteits", "straf",         "vervolgings", "opsporings",    "detentie",
        "beslag",      "vonnis",        "zaak",        "dossier",       "verhoor",
        "aangifte",    "reclasserings", "executie",    "gegevens",      "registratie",
        "schade",      "slachtoffer",   "verdachten",  "bewijs",        "rechts",
        "keten",       "sanctie",       "toezicht",    "vreemdelingen", "jeugd",
        "getuigen",    "beroeps",       "cassatie",    "dagvaardings",  "inverzekeringstellings",
        "aanhoudings", "vingerafdruk",  "dna-",        "signalerings",  "verwijzings",
        "overdrachts", "coördinatie",   "justitie",    "politie",       "inlichtingen" };

constexpr std::string_view kHeads[]
    = { "kenmerk",      "bewijs",   "middel",     "onderzoek",   "besluit",    "beschikking",
        "maatregel",    "dossier",  "register",   "termijn",     "procedure",  "verklaring",
        "vaststelling", "gegeven",  "overdracht", "melding",     "zitting",    "status",
        "bevoegdheid",  "verzoek",  "rapport",    "voorziening", "code",       "proces",
        "profiel",      "overleg",  "opdracht",   "beslissing",  "autoriteit", "instantie",
        "kader",        "traject",  "advies",     "mandaat",     "informatie", "registratie",
        "nummer",       "document", "vordering",  "titel" };

constexpr std::string_view kAdjectives[]
    = { "voorlopige",      "biografische",     "biometrische",     "meest betrouwbare",
        "justitiële",      "financiële",       "strafrechtelijke", "bestuurlijke",
        "onherroepelijke", "voorwaardelijke",  "geïdentificeerde", "rechterlijke",
        "elektronische",   "officiële",        "buitenlandse",     "gerechtelijke",
        "administratieve", "gecoördineerde",   "vastgestelde",     "onbekende",
        "geverifieerde",   "persoonsgebonden", "integrale",        "gezamenlijke",
        "digitale" };

constexpr std::string_view kComplements[] = { "van de verdachte",
                                              "van getuigen",
                                              "bij aanhouding",
                                              "in hoger beroep",
                                              "na veroordeling",
                                              "op vorderingen",
                                              "van rechtswege",
                                              "ter terechtzitting",
                                              "buiten heterdaad",
                                              "in eerste aanleg",
                                              "van het slachtoffer",
                                              "door derden",
                                              "in de strafrechtketen",
                                              "bij identiteitsvaststelling",
                                              "van een rechtspersoon",
                                              "onder voorwaarden",
                                              "ten behoeve van de executie",
                                              "na sepot",
                                              "in het buitenland",
                                              "bij overbrenging",
                                              "van minderjarigen",
                                              "in vreemdelingenbewaring",
                                              "tijdens detentie",
                                              "na invrijheidstelling" };

constexpr std::string_view kStandalone[] = { "persoon",
                                             "semantiek",
                                             "valkuil",
                                             "verdachte",
                                             "getuige",
                                             "hechtenis",
                                             "taakstraf",
                                             "dagvaarding",
                                             "transactie",
                                             "gratie",
                                             "strafbeschikking",
                                             "heterdaad",
                                             "rechtshulp",
                                             "sepot",
                                             "cassatie",
                                             "reïntegratie",
                                             "coördinatie",
                                             "identiteit",
                                             "authenticeren",
                                             "identificeren",
                                             "verifiëren",
                                             "registreren",
                                             "vervolgen",
                                             "berechten",
                                             "tenuitvoerleggen",
                                             "aanhouden",
                                             "ophouden voor onderzoek",
                                             "insluiten",
                                             "seponeren",
                                             "dagvaarden",
                                             "ne bis in idem",
                                             "voorgeleiding",
                                             "rechtsbijstand",
                                             "proces-verbaal",
                                             "strafblad",
                                             "overleveringsverzoek",
                                             "rechter-commissaris",
                                             "officier van justitie",
                                             "zaaksoverdracht",
                                             "ontneming",
                                             "alias",
                                             "naamgebruik",
                                             "geboorteplaats",
                                             "nationaliteit",
                                             "één-loketfunctie",
                                             "café-inval" };

constexpr std::string_view kCamelParts[] = { "Vaststellingswijze",
                                             "Identificatie",
                                             "Registratie",
                                             "Status",
                                             "Code",
                                             "Soort",
                                             "Aanduiding",
                                             "Datum",
                                             "Reden",
                                             "Categorie",
                                             "Bron",
                                             "Document",
                                             "Persoon",
                                             "Zaak",
                                             "Verificatie",
                                             "Type" };

// Genus words of neuter (het) gender end in "|h": they take "dat" instead of "die".
constexpr std::string_view kGenusType[] = { "Soort document|h",    "Gegeven|h",
                                            "Natuurlijk persoon",  "Voorwerp|h",
                                            "Kenmerk|h",           "Informatiebevattend voorwerp|h",
                                            "Rol van een persoon", "Eigenschap",
                                            "Type belemmering",    "Soort gegevensverzameling" };
constexpr std::string_view kGenusProces[]
    = { "Handeling",   "Proces|h",         "Activiteit",
        "Onderzoek|h", "Procedure",        "Het geheel van handelingen|h",
        "Werkwijze",   "Reeks van stappen" };
constexpr std::string_view kGenusResultaat[]
    = { "Besluit|h",   "Uitkomst",    "Vastlegging", "Verklaring",
        "Beschikking", "Registratie", "Rapportage",  "Beslissing" };
constexpr std::string_view kGenusExemplaar[] = { "Specifiek exemplaar van een document|h",
                                                 "Individueel dossier|h",
                                                 "Concrete registratie",
                                                 "Afzonderlijke zaak",
                                                 "Eén bepaald proces-verbaal|h",
                                                 "Specifieke melding" };

constexpr std::string_view kClauses[] = {
    "waarmee de identiteit van een natuurlijk persoon wordt vastgesteld",
    "dat door een opsporingsambtenaar wordt opgemaakt na een aanhouding",
    "die bijdraagt aan het onderscheiden van een persoon van anderen",
    "waarin de beslissing van de rechter over een strafzaak is vastgelegd",
    "dat aanwijzing kan geven over de identiteit van een persoon",
    "waarbij de officier van justitie besluit een zaak al dan niet aan de rechter voor te leggen",
    "die een persoon beschrijft aan de hand van tekstuele gegevens zoals naam, geboortedatum en "
    "geboorteplaats",
    "waarbij biometrische kenmerken worden vergeleken met eerder vastgelegde gegevens",
    "dat de rechtsgevolgen van een onherroepelijke uitspraak tot uitvoering brengt",
    "waarmee een ketenpartner gegevens verstrekt aan een andere ketenpartner",
    "die is gericht op het opsporen, vervolgen, berechten en tenuitvoerleggen van strafbare feiten",
    "waarin de resultaten van een identiteitsonderzoek door een aangewezen expertisecentrum zijn "
    "vastgelegd",
    "dat aan een verdachte wordt uitgereikt of betekend",
    "waarbij een verdachte wordt overgebracht naar een plaats van verhoor",
    "dat de echtheid, oorsprong of rechtsgeldigheid van een document vaststelt",
    "die door het Openbaar Ministerie wordt opgelegd zonder tussenkomst van de rechter",
    "waarin is vastgelegd welke voorwaarden gelden tijdens de proeftijd",
    "dat de status van een persoon binnen de strafrechtketen aanduidt",
    "waarmee een slachtoffer schade vergoed kan krijgen van de veroordeelde",
    "die een relatie legt tussen een strafbaar feit en een natuurlijk persoon of rechtspersoon",
    "waarbij gegevens uit de Basisregistratie Personen worden geraadpleegd",
    "dat met de hoogste waarschijnlijkheid een correcte weergave is van de identiteit van een "
    "persoon",
    "waarbij de reclassering adviseert over de persoon van de verdachte",
    "die leidt tot onvoorziene complicaties of ongewenste gevolgen in een operationeel proces",
    "dat wordt bewaard in het justitieel documentatieregister",
    "waarmee een beslissing over vrijheidsbeneming wordt getoetst door de rechter-commissaris",
    "dat een unieke code toekent aan de wijze waarop de identiteit is vastgesteld",
    "waarbij inbeslaggenomen voorwerpen worden bewaard, teruggegeven of vernietigd",
    "die de bevoegdheid geeft om een persoon staande te houden en naar zijn identiteit te vragen",
    "waarin de gegevens van een vreemdeling worden vastgelegd bij binnenkomst in Nederland",
    "dat het verloop van een strafzaak van aangifte tot tenuitvoerlegging beschrijft",
    "waarmee de rechter een maatregel oplegt ter beveiliging van de maatschappij",
    "die het mogelijk maakt een persoon door de hele strafrechtketen heen te volgen",
    "waarbij een minderjarige verdachte wordt gehoord in aanwezigheid van een advocaat",
    "dat na een rechterlijke uitspraak in een register wordt opgenomen",
    "waarvan de inhoud door de wet is bepaald en niet door de betrokken partijen"
};

constexpr std::string_view kAdditions[]
    = { "voor zover dit noodzakelijk is voor de waarheidsvinding",
        "met het oog op de tenuitvoerlegging van een vonnis",
        "ten behoeve van een eenduidige registratie in de keten",
        "zonder dat daarvoor toestemming van de betrokkene is vereist",
        "binnen de daarvoor geldende wettelijke termijnen",
        "ongeacht of het feit in Nederland of in het buitenland is gepleegd",
        "waarbij de belangen van het slachtoffer worden meegewogen",
        "met inachtneming van de beginselen van proportionaliteit en subsidiariteit",
        "op basis van de meest betrouwbare identiteitsgegevens",
        "indien en zolang het onderzoek dat vordert",
        "tenzij de wet anders bepaalt",
        "in samenwerking met de betrokken ketenpartners",
        "nadat de verdachte op zijn rechten is gewezen",
        "ook wanneer de persoon geen vaste woon- of verblijfplaats in Nederland heeft",
        "onder verantwoordelijkheid van het Openbaar Ministerie",
        "zoals vastgelegd in het Begrippenkader Strafrechtketen",
        "en waarvan de juistheid periodiek wordt gecontroleerd",
        "zodat persoonsverwisseling wordt voorkomen",
        "ter voorbereiding op de behandeling ter terechtzitting",
        "waaronder begrepen het vastleggen van biometrische gegevens" };

constexpr std::string_view kLegalRefs[]
    = { "als bedoeld in artikel 27 van het Wetboek van Strafvordering",
        "als bedoeld in artikel 1 van de Wet justitiële en strafvorderlijke gegevens",
        "in de zin van artikel 4 van de Algemene verordening gegevensbescherming",
        "als bedoeld in artikel 257a van het Wetboek van Strafvordering",
        "overeenkomstig artikel 55c van het Wetboek van Strafvordering",
        "als bedoeld in de Paspoortwet",
        "in de zin van de Vreemdelingenwet 2000",
        "als bedoeld in artikel 36e van het Wetboek van Strafrecht",
        "als bedoeld in artikel 6 van de Penitentiaire beginselenwet",
        "in de zin van artikel 1:2 van de Algemene wet bestuursrecht",
        "als bedoeld in artikel 2 van de Wet op de identificatieplicht",
        "overeenkomstig de Wet politiegegevens" };

constexpr std::string_view kToelichtingen[]
    = { "Hier gaat het om de eigenschap (bijv. gezicht) van of de toegekende beschrijving (bijv. "
        "naam) aan de persoon in de werkelijkheid.",
        "De relatie met identiteitsmiddel is met deze definitie niet gelegd; middelen zijn breder "
        "dan documenten.",
        "Deze definitie beperkt zich tot natuurlijke personen.",
        "Het begrip wordt in de keten niet altijd eenduidig gebruikt; zie ook "
        "‘identiteitsvaststelling’.",
        "In het algemene spraakgebruik kan dit ook betrekking hebben op andere zaken, zoals "
        "kunstvoorwerpen.",
        "Niet te verwarren met \"aanhouding\" in de zin van artikel 53 Sv.",
        "Deze gegevens zijn opgenomen in basisregistraties (BRP) en andere registers, zoals de "
        "Basisvoorziening Vreemdelingen (BVV).",
        "Voorbeelden: NL-paspoort, rijbewijs, ID-kaart, verblijfsdocument, Rijkspas, …",
        "Dit begrip is de opvolger van de ‘Leidende Administratieve Identiteit’ (LAI).",
        "De definitie is afgestemd met het OM, de politie en de Justitiële Informatiedienst.",
        "Een rechtspersoon kan eveneens verdachte zijn; de definitie sluit dat niet uit.",
        "Het woord \"persoon\" is hier bewust ruim gekozen.",
        "Zie ook de toelichting bij artikel 27 Sv (Kamerstukken II 2019/20, 35 000, nr. 3).",
        "De termijn begint te lopen op de dag na de betekening van het vonnis.",
        "Deze code geeft in één oogopslag de vaststellingswijze weer.",
        "In de praktijk wordt ook de term ‘ketennummer’ gebruikt.",
        "De gegevens worden niet langer bewaard dan noodzakelijk; daarna volgt vernietiging of "
        "anonimisering.",
        "Naar analogie van het Europees Verdrag tot bescherming van de rechten van de mens (EVRM).",
        "Het onderscheid met ‘verhoor’ is dat hier geen vragen over het feit worden gesteld.",
        "Bij twijfel over de identiteit wordt een identiteitsonderzoek gestart.",
        "Het expertisecentrum rapporteert aan de opdrachtgever; de officier van justitie beslist.",
        "Of sprake is van een ‘redelijk vermoeden van schuld’ hangt af van de feiten en "
        "omstandigheden.",
        "De categorie is voorlopig; na de review wordt bezien of ‘resultaat’ beter past.",
        "De definitie volgt de systematiek van het Begrippenkader: genus en differentia.",
        "Géén synoniem van ‘strafbeschikking’, hoewel beide buitengerechtelijk zijn.",
        "Hieronder valt ook de coördinatie tussen ketenpartners bij een reïntegratietraject.",
        "Dit geldt zowel voor volwassenen als voor jeugdigen; voor jeugdigen gelden aanvullende "
        "waarborgen.",
        "Het begrip komt niet letterlijk in de wet voor; het is ontleend aan de ketenpraktijk.",
        "Onder ‘ketenpartner’ worden in elk geval verstaan: politie, OM, rechtspraak, DJI, "
        "reclassering en CJIB.",
        "De vastlegging gebeurt in het systeem van de organisatie die het eerst met de persoon in "
        "aanraking komt.",
        "De uitspraak is onherroepelijk wanneer geen gewoon rechtsmiddel meer openstaat.",
        "Vgl. de definitie in de Wet justitiële en strafvorderlijke gegevens (Wjsg), art. 1 sub a.",
        "Het is een ‘naïeve’ benadering: alleen de geregistreerde gegevens tellen, niet de "
        "werkelijkheid.",
        "Zie het overzicht \"Identiteit in de strafrechtketen\" (versie 2.1) voor de samenhang." };

constexpr std::string_view kBulletIntros[] = { "De aangegeven expertisecentra zijn:",
                                               "Hieronder vallen in elk geval:",
                                               "Kenmerkende elementen:",
                                               "Relevante ketenpartners:",
                                               "Voorbeelden:",
                                               "De definitie omvat:",
                                               "Niet hieronder vallen:",
                                               "Stappen in het proces:" };

constexpr std::string_view kBullets[] = {
    "Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (AVIM) van de Nationale Politie",
    "Expertisecentrum Identiteitsfraude en Documenten (ECID) van de KMAR",
    "Justitiële Informatiedienst (Justid)",
    "het opnemen van vingerafdrukken en een gezichtsopname",
    "het raadplegen van de Basisregistratie Personen",
    "het vergelijken met eerder vastgelegde biometrie",
    "de naam, voornamen en geboortedatum",
    "het burgerservicenummer (BSN) of vreemdelingennummer",
    "een geldig identiteitsbewijs",
    "het strafrechtketennummer (SKN)",
    "opsporen",
    "vervolgen",
    "berechten",
    "tenuitvoerleggen",
    "de verdachte",
    "het slachtoffer",
    "de getuige",
    "de veroordeelde",
    "bijzondere voorwaarden, zoals een contactverbod",
    "de bevoegdheden van de hulpofficier van justitie",
    "beslag op voorwerpen en vorderingen",
    "ontneming van wederrechtelijk verkregen voordeel",
    "een kopie van het identiteitsbewijs",
    "het verblijfsdocument van de vreemdeling",
    "gegevens over nationaliteit en geboorteland",
    "het proces-verbaal van verhoor",
    "de beslissing van de rechter-commissaris",
    "de termijn van inverzekeringstelling",
    "registratie in het Justitieel Documentatiesysteem",
    "periodieke controle op juistheid"
};

constexpr std::string_view kParagraphs[]
    = { "Dit begrip is de opvolger van de Leidende Administratieve Identiteit; bestaande "
        "registraties worden niet met terugwerkende kracht aangepast.",
        "De werkgroep Begrippen heeft op 12 maart 2024 besloten ‘%’ op te nemen in het "
        "Begrippenkader Strafrechtketen.",
        "Waar in oudere documenten \"%\" in een ruimere betekenis wordt gebruikt, geldt voortaan "
        "deze definitie.",
        "Bron: werkgroep Identiteitsvaststelling in de Strafrechtketen (IVS), versie 3.2; "
        "vastgesteld door het Ketenoverleg.",
        "Let op: in het vreemdelingenrecht heeft ‘%’ een afwijkende betekenis. Raadpleeg in dat "
        "geval het begrippenkader van de IND.",
        "Gerelateerde begrippen: identiteitsvaststelling, identiteitsmiddel, biometrisch kenmerk, "
        "strafrechtketennummer.",
        "In de informatiesystemen van de ketenpartners wordt ‘%’ als afzonderlijk gegeven "
        "vastgelegd, met een datum en een bron.",
        "De definitie is getoetst aan de richtlijnen voor definities: geen cirkelredenering, geen "
        "lidwoord aan het begin, één zin.",
        "Het gebruik van ‘%’ in beleidsstukken is niet altijd consistent; daarom is deze definitie "
        "leidend voor de keten.",
        "Opmerking van de reviewer: de definitie is bruikbaar, maar de afbakening met verwante "
        "begrippen verdient aandacht." };

} // namespace

namespace words {

const WordList stems { kStems, std::size(kStems) };
const WordList heads { kHeads, std::size(kHeads) };
const WordList adjectives { kAdjectives, std::size(kAdjectives) };
const WordList complements { kComplements, std::size(kComplements) };
const WordList standalone { kStandalone, std::size(kStandalone) };
const WordList camelParts { kCamelParts, std::size(kCamelParts) };

const WordList genusType { kGenusType, std::size(kGenusType) };
const WordList genusProces { kGenusProces, std::size(kGenusProces) };
const WordList genusResultaat { kGenusResultaat, std::size(kGenusResultaat) };
const WordList genusExemplaar { kGenusExemplaar, std::size(kGenusExemplaar) };
const WordList clauses { kClauses, std::size(kClauses) };
const WordList additions { kAdditions, std::size(kAdditions) };
const WordList legalRefs { kLegalRefs, std::size(kLegalRefs) };
const WordList toelichtingen { kToelichtingen, std::size(kToelichtingen) };
const WordList bulletIntros { kBulletIntros, std::size(kBulletIntros) };
const WordList bullets { kBullets, std::size(kBullets) };
const WordList paragraphs { kParagraphs, std::size(kParagraphs) };

} // namespace words
} // namespace defex::demo
