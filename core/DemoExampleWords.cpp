#include "DemoWords.h"

#include <iterator>

// The vocabulary of the examples (definitie_voorbeelden). Kept apart from DemoWords.cpp only to
// keep both files readable.

namespace defex::demo {
namespace {

constexpr std::string_view kSentenceTemplates[] = {
    "Binnen de strafrechtketen wordt het begrip ‘%’ gebruikt om verdachten te herkennen en te "
    "onderscheiden.",
    "Het vastleggen van de % speelt een cruciale rol bij het voorkomen van persoonsverwisseling.",
    "Zonder een eenduidige % kan het in de keten lastig zijn om personen betrouwbaar te "
    "identificeren.",
    "De officier van justitie beoordeelt of de % voldoende is onderbouwd voordat de zaak wordt "
    "aangebracht.",
    "In het proces-verbaal noteert de verbalisant welke % is gebruikt en door wie.",
    "Bij de overdracht van het dossier aan de reclassering wordt de % opnieuw gecontroleerd.",
    "De rechter-commissaris vraagt om een toelichting op de %, omdat de gegevens niet "
    "overeenkomen.",
    "Het CJIB gebruikt de % om de juiste persoon aan te schrijven voor de inning van de boete.",
    "Volgens de werkinstructie moet de % binnen drie werkdagen in het systeem zijn geregistreerd.",
    "Een onjuiste % kan ertoe leiden dat een vonnis ten uitvoer wordt gelegd bij de verkeerde "
    "persoon.",
    "Tijdens de zitting wordt de % besproken, omdat de verdediging de juistheid ervan betwist.",
    "De politie legt het begrip ‘%’ vast zodra een verdachte is aangehouden en overgebracht naar "
    "het bureau.",
    "In het jeugdstrafrecht gelden voor de % aanvullende waarborgen; de Raad voor de "
    "Kinderbescherming wordt betrokken.",
    "Het Openbaar Ministerie heeft de % als \"onvolledig\" gemarkeerd en om aanvulling gevraagd.",
    "Na een onherroepelijke uitspraak wordt de % doorgegeven aan de Justitiële Informatiedienst.",
    "De KMAR controleert de % bij grensoverschrijding aan de hand van het reisdocument.",
    "De DJI neemt de % over bij insluiting, zodat de gedetineerde eenduidig te volgen is.",
    "Volgens de advocaat is de % in strijd met artikel 6 EVRM tot stand gekomen.",
    "De ketenpartners spraken af dat de % voortaan in één register wordt bijgehouden.",
    "Is de % eenmaal vastgesteld, dan wordt zij niet zonder nieuw onderzoek gewijzigd.",
    "Een reclasseringswerker raadpleegt de % voordat het adviesrapport wordt opgesteld.",
    "In de praktijk wordt ‘%’ soms verward met het strafrechtketennummer.",
    "De % is opgenomen in het Justitieel Documentatiesysteem; daar is zij voor bevoegde "
    "medewerkers in te zien.",
    "De medewerker van het Servicecentrum verifieert de % aan de hand van de BRP.",
    "Bij twijfel over de % wordt het expertisecentrum identiteit ingeschakeld."
};

constexpr std::string_view kSituationTitles[]
    = { "Opnemen van vingerafdrukken bij aanhouding",
        "Het controleren van persoonsgegevens in de rechtbank",
        "Gebruik van dna-profielen bij het oplossen van strafzaken",
        "Aanhouding van een verdachte door de politie",
        "Getuigenverhoor bij de rechter-commissaris",
        "Inning van een strafbeschikking door het CJIB",
        "Insluiting in een penitentiaire inrichting",
        "Overdracht van een zaak aan het buitenland",
        "Grenscontrole door de KMAR op Schiphol",
        "Adviesrapport van de reclassering",
        "Identiteitsonderzoek bij een onbekende verdachte",
        "Betekening van een dagvaarding" };

constexpr std::string_view kSituations[]
    = { "Wanneer een verdachte wordt aangehouden door de politie, worden diens vingerafdrukken "
        "afgenomen en opgeslagen in het opsporingssysteem (HAVANK).",
        "Bij aanvang van een rechtszaak verifieert de rechter de persoonsgegevens (volledige naam, "
        "geboortedatum en -plaats, BSN) van de verdachte.",
        "In een zedenzaak vraagt het Openbaar Ministerie om het dna-profiel van een verdachte te "
        "vergelijken met de veiliggestelde sporen.",
        "Een persoon zonder geldig identiteitsbewijs wordt staande gehouden en opgehouden voor "
        "onderzoek naar zijn identiteit.",
        "De reclassering stelt een advies op over de verdachte en gebruikt daarbij gegevens uit "
        "het justitieel documentatieregister.",
        "Het CJIB ontvangt een strafbeschikking en moet vaststellen aan welke persoon de "
        "beschikking wordt toegezonden.",
        "Een gedetineerde wordt overgeplaatst van een huis van bewaring naar een gevangenis; de "
        "gegevens gaan mee in het dossier.",
        "Een verdachte geeft bij drie verhoren drie verschillende namen op; de politie start een "
        "identiteitsonderzoek.",
        "De KMAR treft bij een grenscontrole een reisdocument aan waarvan de echtheid "
        "twijfelachtig is.",
        "Een minderjarige verdachte wordt gehoord; de ouders en een advocaat zijn aanwezig en de "
        "Raad voor de Kinderbescherming is ingelicht.",
        "De officier van justitie besluit de zaak te seponeren omdat het bewijs onvoldoende is; "
        "het slachtoffer wordt hierover geïnformeerd.",
        "Na een onherroepelijke veroordeling moet de taakstraf worden uitgevoerd; de reclassering "
        "plant de werkzaamheden in." };

constexpr std::string_view kSituationNotes[]
    = { "Hier is sprake van ‘%’, omdat de gegevens worden vastgelegd en later in de keten worden "
        "hergebruikt.",
        "Het voorbeeld laat zien dat ‘%’ nodig is om de juiste persoon aan het strafbare feit te "
        "koppelen.",
        "Zonder ‘%’ zou de rechter niet met zekerheid kunnen vaststellen wie er terechtstaat.",
        "De situatie illustreert dat ‘%’ niet alleen een administratieve handeling is, maar ook "
        "rechtsgevolgen heeft.",
        "Dit is een typisch geval van ‘%’: de bevoegdheid volgt rechtstreeks uit de wet.",
        "Let op: in deze situatie is ‘%’ een tussenstap; de definitieve vaststelling volgt later.",
        "‘%’ maakt het hier mogelijk eerdere registraties te koppelen en dubbele dossiers te "
        "voorkomen.",
        "Het kenmerkende element van ‘%’ is hier de betrokkenheid van een bevoegde autoriteit." };

constexpr std::string_view kCounterTerms[] = { "Registratienummer van een verdachte",
                                               "Zaaknummer of dossiernummer",
                                               "Status van voorlopige hechtenis",
                                               "Strafblad",
                                               "Parkeerbon",
                                               "Bestuurlijke boete",
                                               "Civiele procedure",
                                               "Klantenkaart van een supermarkt",
                                               "Rechtspersoon (bv. een BV of stichting)",
                                               "Overheidsinstantie",
                                               "Vergunning",
                                               "Tuchtrechtelijke maatregel",
                                               "Uittreksel uit de gemeentelijke basisadministratie",
                                               "Bibliotheekpas",
                                               "Schikking in een arbeidsgeschil" };

constexpr std::string_view kCounterExplanations[] = {
    "Dit is een uniek administratief nummer dat door politie of justitie wordt toegekend.",
    "Dit betreft een gegeven over het dossier en niet over de persoon zelf.",
    "Het gaat om een bestuursrechtelijke sanctie die buiten de strafrechtketen wordt opgelegd.",
    "Dit document kan weliswaar iets zeggen over een persoon, maar heeft geen wettelijke status.",
    "Dit is een beslissing in een civiele zaak tussen twee partijen.",
    "Het betreft een toestand die tijdelijk is en van rechtswege eindigt.",
    "Dit is een registratie die door een private partij wordt bijgehouden.",
    "Hier ontbreekt de betrokkenheid van een bevoegde strafrechtelijke autoriteit."
};

constexpr std::string_view kCounterReasons[] = {
    "Het is geen biografische of biometrische eigenschap van een persoon, maar een door de "
    "organisatie toegekend gegeven.",
    "Het ontbreekt aan het kenmerkende element: de vaststelling door een bevoegde autoriteit.",
    "Het zegt niets over de identiteit van de persoon; het hoort bij het dossier, niet bij de "
    "persoon.",
    "Er is geen sprake van een strafbaar feit, dus ook niet van een strafrechtelijke procedure.",
    "De rechtsgevolgen zijn van een andere aard; het gaat om civiel recht.",
    "Het is een uitkomst, geen proces; de definitie vraagt om een handeling.",
    "De gegevens worden niet geverifieerd en zijn daarom niet betrouwbaar genoeg."
};

constexpr std::string_view kSynonyms[] = { "identiteitsgegeven",
                                           "persoonsgegeven",
                                           "identificerend kenmerk",
                                           "persoonskenmerk",
                                           "kenmerk",
                                           "gegeven",
                                           "identiteitsbewijs",
                                           "legitimatiebewijs",
                                           "ID-bewijs",
                                           "reisdocument",
                                           "verdachte",
                                           "beklaagde",
                                           "gedaagde",
                                           "verhoor",
                                           "ondervraging",
                                           "aanhouding",
                                           "arrestatie",
                                           "inverzekeringstelling",
                                           "hechtenis",
                                           "detentie",
                                           "vrijheidsbeneming",
                                           "sepot",
                                           "seponering",
                                           "transactie",
                                           "schikking",
                                           "strafbeschikking",
                                           "vonnis",
                                           "uitspraak",
                                           "arrest",
                                           "beschikking",
                                           "vervolging",
                                           "strafvervolging",
                                           "procesdossier",
                                           "strafdossier",
                                           "ketenpartner",
                                           "ketenorganisatie",
                                           "identificatie",
                                           "herkenning",
                                           "vaststelling",
                                           "verificatie",
                                           "coördinatie",
                                           "afstemming",
                                           "reïntegratie",
                                           "re-integratie",
                                           "naamgebruik",
                                           "alias",
                                           "schuilnaam" };

constexpr std::string_view kAntonyms[] = { "vrijspraak",
                                           "ontslag van rechtsvervolging",
                                           "invrijheidstelling",
                                           "anonimiteit",
                                           "onbekende identiteit",
                                           "sepot",
                                           "niet-ontvankelijkheid",
                                           "vernietiging",
                                           "opheffing",
                                           "intrekking",
                                           "onschuld",
                                           "rechtspersoon",
                                           "slachtoffer",
                                           "getuige",
                                           "vrijwillige medewerking",
                                           "informele afdoening",
                                           "ongeldigheid",
                                           "onzekerheid",
                                           "niet-vastgestelde identiteit",
                                           "vrijheid" };

constexpr std::string_view kExplanations[] = {
    "Het begrip ‘%’ wordt gebruikt in de context van de strafrechtketen, waar meerdere "
    "organisaties dezelfde persoon moeten kunnen herkennen.",
    "‘%’ onderscheidt zich van verwante begrippen doordat de vaststelling door een bevoegde "
    "autoriteit gebeurt.",
    "Een belangrijk aandachtspunt is dat ‘%’ in verschillende systemen verschillend kan worden "
    "vastgelegd; afstemming is daarom noodzakelijk.",
    "De definitie van ‘%’ sluit aan bij de wettelijke terminologie, maar is voor de ketenpraktijk "
    "nader ingevuld.",
    "In juridische zin heeft ‘%’ gevolgen voor de rechtspositie van de betrokkene, bijvoorbeeld "
    "voor termijnen en rechtsmiddelen.",
    "Voor de uitvoering is van belang dat ‘%’ tijdig en volledig wordt geregistreerd.",
    "Het begrip heeft een ‘harde’ kern en een ‘zachte’ rand: over de kern bestaat overeenstemming, "
    "over de rand niet.",
    "Bij de totstandkoming van de definitie zijn de politie, het OM, de rechtspraak en Justid "
    "betrokken geweest.",
    "De term wordt ook buiten de strafrechtketen gebruikt, maar dan vaak in een minder strikte "
    "betekenis.",
    "Samengevat: ‘%’ is essentieel voor een correcte identificatie, het voorkomen van "
    "persoonsverwisseling en het koppelen van feiten aan de juiste persoon.",
    "De definitie is bewust beknopt gehouden; details staan in de werkinstructies van de "
    "afzonderlijke organisaties.",
    "Zie ook de begrippen \"identiteitsvaststelling\" en \"identiteitsmiddel\" voor de samenhang.",
    "In eerdere versies van het begrippenkader werd ‘%’ ruimer gedefinieerd; die ruimere betekenis "
    "is vervallen.",
    "Het gebruik van ‘%’ in beslissingen moet controleerbaar zijn; de bron wordt daarom altijd "
    "vermeld."
};

constexpr std::string_view kLongHeadings[] = { "### Achtergrond",     "### Situatie",
                                               "### Analyse",         "### Betrokken ketenpartners",
                                               "### Juridisch kader", "### Aandachtspunten",
                                               "### Conclusie",       "**Samengevat:**" };

constexpr std::string_view kReviewNotes[]
    = { "Duidelijk voorbeeld, past bij de definitie.",
        "Te algemeen; graag concreter maken.",
        "Synoniem is twijfelachtig (‘alias’ is geen echt synoniem).",
        "Bevat een verwijzing naar \"HAVANK\"; controleren of dat nog actueel is.",
        "Afgekeurd: voorbeeld hoort bij een ander begrip.",
        "Prima; kleine taalcorrectie gedaan." };

} // namespace

namespace words {

const WordList sentenceTemplates { kSentenceTemplates, std::size(kSentenceTemplates) };
const WordList situationTitles { kSituationTitles, std::size(kSituationTitles) };
const WordList situations { kSituations, std::size(kSituations) };
const WordList situationNotes { kSituationNotes, std::size(kSituationNotes) };
const WordList counterTerms { kCounterTerms, std::size(kCounterTerms) };
const WordList counterExplanations { kCounterExplanations, std::size(kCounterExplanations) };
const WordList counterReasons { kCounterReasons, std::size(kCounterReasons) };
const WordList synonyms { kSynonyms, std::size(kSynonyms) };
const WordList antonyms { kAntonyms, std::size(kAntonyms) };
const WordList explanations { kExplanations, std::size(kExplanations) };
const WordList longHeadings { kLongHeadings, std::size(kLongHeadings) };
const WordList reviewNotes { kReviewNotes, std::size(kReviewNotes) };

} // namespace words
} // namespace defex::demo
