<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DemoDbCommand</name>
    <message>
        <source>Create a demo database in the definitie-app&apos;s schema, filled with deterministic Dutch legal definitions.</source>
        <translation>Een demodatabase aanmaken in het schema van de definitie-app, gevuld met reproduceerbare Nederlandse juridische definities.</translation>
    </message>
    <message>
        <source>Number of definitions (default 5000).</source>
        <translation>Aantal definities (standaard 5000).</translation>
    </message>
    <message>
        <source>Seed for the generator (default 1).</source>
        <translation>Startwaarde (seed) voor de generator (standaard 1).</translation>
    </message>
    <message>
        <source>The database file to create (must not exist).</source>
        <translation>Het databasebestand dat wordt aangemaakt (mag nog niet bestaan).</translation>
    </message>
    <message>
        <source>Usage: definitie-export demo-db [options] FILE</source>
        <translation>Gebruik: definitie-export demo-db [opties] BESTAND</translation>
    </message>
    <message>
        <source>Give exactly one FILE to create. Run &quot;definitie-export demo-db --help&quot;.</source>
        <translation>Geef precies één BESTAND op dat moet worden aangemaakt. Zie &quot;definitie-export demo-db --help&quot;.</translation>
    </message>
    <message>
        <source>--rows expects a number of definitions.</source>
        <translation>--rows verwacht een aantal definities.</translation>
    </message>
    <message>
        <source>--seed expects a whole number.</source>
        <translation>--seed verwacht een geheel getal.</translation>
    </message>
    <message>
        <source>Created %1 with %2 definitions in %3 s.</source>
        <translation>%1 aangemaakt met %2 definities in %3 s.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a definitie-app database to CSV, XLSX, JSON or TXT.

Exit codes: 0 done, 1 usage error, 2 bad input (database missing, not SQLite, not a definitie-app database, locked), 3 output error (folder not writable, disk full), 4 cancelled (Ctrl-C or SIGTERM).</source>
        <translation>Een database van de definitie-app exporteren naar CSV, XLSX, JSON of TXT.

Afsluitcodes: 0 gereed, 1 onjuist gebruik, 2 ongeldige invoer (database ontbreekt, geen SQLite, geen database van de definitie-app, vergrendeld), 3 uitvoerfout (map niet beschrijfbaar, schijf is vol), 4 geannuleerd (Ctrl-C of SIGTERM).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand dat wordt geschreven.</translation>
    </message>
    <message>
        <source>Seconds to wait for a program that holds the database locked (default 10).</source>
        <translation>Aantal seconden wachten als een ander programma de database vergrendeld houdt (standaard 10).</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>Geen voortgang tonen.</translation>
    </message>
    <message>
        <source>Run &quot;definitie-export export --help&quot; for the options.</source>
        <translation>Zie &quot;definitie-export export --help&quot; voor de opties.</translation>
    </message>
    <message>
        <source>Usage: definitie-export export [options]</source>
        <translation>Gebruik: definitie-export export [opties]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output is verplicht.</translation>
    </message>
    <message>
        <source>Writing %1 (gzip).</source>
        <translation>%1 wordt geschreven (gzip).</translation>
    </message>
    <message>
        <source>--lock-timeout expects a number of seconds.</source>
        <translation>--lock-timeout verwacht een aantal seconden.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>Exported %1 definitions to %2 (%3 bytes) in %4 s.</source>
        <translation>%1 definities geëxporteerd naar %2 (%3 bytes) in %4 s.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written to %1.</source>
        <translation>Geannuleerd; er is niets naar %1 geschreven.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 verwacht een datum als JJJJ-MM-DD, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The definitie-app database (SQLite file) to export.</source>
        <translation>De database van de definitie-app (SQLite-bestand) die wordt geëxporteerd.</translation>
    </message>
    <message>
        <source>Output format: csv, xlsx, json or txt (default csv).</source>
        <translation>Uitvoerformaat: csv, xlsx, json of txt (standaard csv).</translation>
    </message>
    <message>
        <source>Compress the output with gzip (&quot;.gz&quot; is added to the file name if missing).</source>
        <translation>De uitvoer comprimeren met gzip (&quot;.gz&quot; wordt zo nodig aan de bestandsnaam toegevoegd).</translation>
    </message>
    <message>
        <source>Detail level: basis (17 columns), uitgebreid (25) or compleet (36). Default basis.</source>
        <translation>Detailniveau: basis (17 kolommen), uitgebreid (25) of compleet (36). Standaard basis.</translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated): imported, draft, review, established, archived.</source>
        <translation>Alleen deze statussen (gescheiden door komma&apos;s): imported, draft, review, established, archived.</translation>
    </message>
    <message>
        <source>Only these categories (comma-separated), e.g. type,proces.</source>
        <translation>Alleen deze categorieën (gescheiden door komma&apos;s), bijvoorbeeld type,proces.</translation>
    </message>
    <message>
        <source>Only definitions with this organisational context (an element of the list).</source>
        <translation>Alleen definities met deze organisatorische context (een element van de lijst).</translation>
    </message>
    <message>
        <source>Only definitions with this legal context (an element of the list).</source>
        <translation>Alleen definities met deze juridische context (een element van de lijst).</translation>
    </message>
    <message>
        <source>Only definitions created on or after this date.</source>
        <translation>Alleen definities die op of na deze datum zijn aangemaakt.</translation>
    </message>
    <message>
        <source>Only definitions created on or before this date.</source>
        <translation>Alleen definities die op of vóór deze datum zijn aangemaakt.</translation>
    </message>
    <message>
        <source>Only definitions updated on or after this date.</source>
        <translation>Alleen definities die op of na deze datum zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>Only definitions updated on or before this date.</source>
        <translation>Alleen definities die op of vóór deze datum zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>Only definitions with a validation score of at least this (0-1).</source>
        <translation>Alleen definities met minimaal deze validatiescore (0-1).</translation>
    </message>
    <message>
        <source>Only definitions whose term or text contains this.</source>
        <translation>Alleen definities waarvan het begrip of de tekst dit bevat.</translation>
    </message>
    <message>
        <source>CSV delimiter: &apos;;&apos; (default, what Dutch Excel expects), &apos;,&apos; or &apos;tab&apos;.</source>
        <translation>CSV-scheidingsteken: &apos;;&apos; (standaard; dit verwacht Excel met Nederlandse instellingen), &apos;,&apos; of &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>CSV: leave out the UTF-8 byte-order mark.</source>
        <translation>CSV: de UTF-8-bytevolgordemarkering (BOM) weglaten.</translation>
    </message>
    <message>
        <source>CSV: keep cells that start with = + - @ as they are (by default they get a leading apostrophe so a spreadsheet does not run them as formulas).</source>
        <translation>CSV: cellen die beginnen met = + - @ ongewijzigd laten (standaard krijgen ze een apostrof ervoor, zodat een spreadsheet ze niet als formule uitvoert).</translation>
    </message>
    <message>
        <source>A description of the export.</source>
        <translation>Een omschrijving van de export.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, xlsx, json or txt.</source>
        <translation>Onbekend formaat &quot;%1&quot;: gebruik csv, xlsx, json of txt.</translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;: use basis, uitgebreid or compleet.</source>
        <translation>Onbekend niveau &quot;%1&quot;: gebruik basis, uitgebreid of compleet.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use %2.</source>
        <translation>Onbekende status &quot;%1&quot;: gebruik %2.</translation>
    </message>
    <message>
        <source>--min-score expects a number between 0 and 1, not &quot;%1&quot;.</source>
        <translation>--min-score verwacht een getal tussen 0 en 1, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;.</source>
        <translation>Onbekend scheidingsteken &quot;%1&quot;: gebruik &apos;;&apos;, &apos;,&apos; of &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>--timestamp expects an ISO 8601 date and time, not &quot;%1&quot;.</source>
        <translation>--timestamp verwacht een datum en tijd volgens ISO 8601, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--database is required.</source>
        <translation>--database is verplicht.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATUMTIJD</translation>
    </message>
    <message>
        <source>The export date written into JSON and TXT headers and XLSX properties (ISO 8601; default now, or SOURCE_DATE_EPOCH when set) - for reproducible files.</source>
        <translation>De exportdatum in de kop van JSON- en TXT-bestanden en in de eigenschappen van XLSX-bestanden (ISO 8601; standaard het huidige tijdstip, of SOURCE_DATE_EPOCH als die is ingesteld) - voor reproduceerbare bestanden.</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1% %2/%3 rows</source>
        <translation>%1% %2/%3 rijen</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 rijen/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>nog %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hulp bij de opdrachtregelopties tonen.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Hulp tonen, inclusief de Qt-specifieke opties.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Versie-informatie tonen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opties]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenten:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Onbekende optie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Onbekende opties: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Waarde ontbreekt na &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Onverwachte waarde na &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Usage: definitie-export queue SUBCOMMAND [OPTIONS]

The persistent export queue (shared with the window, per user).

Subcommands:
  add [export options] [--output FILE | --dir DIR] [--description TEXT]
                      Queue an export; prints its id.
  list [--json]       All jobs with state, queue position and progress.
  show ID [--json]    One job in detail, with its error history.
  cancel ID...        Cancel waiting, paused or running jobs.
  pause ID...         Pause jobs (a running job keeps its checkpoint).
  resume ID...        Queue paused jobs again.
  retry ID...         Queue failed or cancelled jobs again.
  pin ID... / unpin ID...
                      Keep finished jobs from the automatic cleanup, or not.
  cancel-all          Cancel every waiting, paused and running job.
  retry-failed        Retry every failed job.
  remove-finished     Remove finished jobs from the list (their files stay).
  run [--until-empty] [--max-concurrent N]
                      Run queued jobs until stopped (Ctrl-C or SIGTERM pause them
                      at a checkpoint; they continue at the next run).
  watch [--json]      Follow job events live, one line each (JSON with --json).

Options for every subcommand:
  --data-dir DIR      The queue&apos;s folder (default $DEFINITIE_EXPORT_DATA_DIR or the
                      user&apos;s application data folder).

Exit codes: 0 done, 1 usage error, 2 unknown job or not possible in its state,
3 the queue database cannot be opened or written.
</source>
        <translation>Gebruik: definitie-export queue SUBOPDRACHT [OPTIES]

De exportwachtrij, die bewaard blijft (gedeeld met het venster, per gebruiker).

Subopdrachten:
  add [exportopties] [--output BESTAND | --dir MAP] [--description TEKST]
                      Een export in de wachtrij plaatsen; toont het taaknummer.
  list [--json]       Alle taken met status, plaats in de wachtrij en voortgang.
  show ID [--json]    Eén taak in detail, met de foutgeschiedenis.
  cancel ID...        Wachtende, gepauzeerde of lopende taken annuleren.
  pause ID...         Taken pauzeren (een lopende taak bewaart het controlepunt).
  resume ID...        Gepauzeerde taken weer in de wachtrij plaatsen.
  retry ID...         Mislukte of geannuleerde taken opnieuw in de wachtrij zetten.
  pin ID... / unpin ID...
                      Afgeronde taken vastzetten (niet automatisch opruimen) of
                      weer losmaken.
  cancel-all          Alle wachtende, gepauzeerde en lopende taken annuleren.
  retry-failed        Alle mislukte taken opnieuw proberen.
  remove-finished     Afgeronde taken uit de lijst halen (de bestanden blijven).
  run [--until-empty] [--max-concurrent N]
                      Taken uit de wachtrij uitvoeren tot het programma stopt
                      (Ctrl-C of SIGTERM pauzeert ze bij een controlepunt; bij de
                      volgende start gaan ze verder).
  watch [--json]      Taakgebeurtenissen live volgen, één regel per gebeurtenis
                      (JSON met --json).

Opties voor elke subopdracht:
  --data-dir MAP      De map van de wachtrij (standaard $DEFINITIE_EXPORT_DATA_DIR
                      of de map met programmagegevens van de gebruiker).

Afsluitcodes: 0 gereed, 1 onjuist gebruik, 2 onbekende taak of niet mogelijk in
de huidige status, 3 de wachtrijdatabase kan niet worden geopend of beschreven.
</translation>
    </message>
    <message>
        <source>Unknown queue subcommand &quot;%1&quot;.</source>
        <translation>Onbekende subopdracht &quot;%1&quot; voor queue.</translation>
    </message>
    <message>
        <source>The queue&apos;s folder.</source>
        <translation>De map van de wachtrij.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Machineleesbare uitvoer in JSON.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand dat wordt geschreven.</translation>
    </message>
    <message>
        <source>The folder to write into (a name is chosen).</source>
        <translation>De map waarin wordt geschreven (de bestandsnaam wordt automatisch gekozen).</translation>
    </message>
    <message>
        <source>Stop when no job is waiting or running.</source>
        <translation>Stoppen zodra er geen taak meer wacht of loopt.</translation>
    </message>
    <message>
        <source>Jobs at once, 1-16 (default 5).</source>
        <translation>Aantal taken tegelijk, 1-16 (standaard 5).</translation>
    </message>
    <message>
        <source>&quot;queue %1&quot; needs one or more job ids.</source>
        <translation>&quot;queue %1&quot; vereist een of meer taaknummers.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --output or --dir, not both.</source>
        <translation>Geef --output of --dir op, niet allebei.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>--max-concurrent expects a number from 1 to 16.</source>
        <translation>--max-concurrent verwacht een getal van 1 tot en met 16.</translation>
    </message>
    <message>
        <source>The queue database in %1 is read-only; nothing was changed.</source>
        <translation>De wachtrijdatabase in %1 is alleen-lezen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Taak %1 bestaat niet.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
</context>
<context>
    <name>QueueOutput</name>
    <message>
        <source>The queue is empty.</source>
        <translation>De wachtrij is leeg.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>VOORTGANG</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>OMSCHRIJVING</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Taak %1: %2</translation>
    </message>
    <message>
        <source>  State:       %1%2</source>
        <translation>  Status:      %1%2</translation>
    </message>
    <message>
        <source> (position %1)</source>
        <translation> (positie %1)</translation>
    </message>
    <message>
        <source>  Progress:    %1</source>
        <translation>  Voortgang:   %1</translation>
    </message>
    <message>
        <source>  Source:      %1</source>
        <translation>  Bron:        %1</translation>
    </message>
    <message>
        <source>  Format:      %1, level %2%3</source>
        <translation>  Formaat:     %1, niveau %2%3</translation>
    </message>
    <message>
        <source>  Output:      %1</source>
        <translation>  Uitvoer:     %1</translation>
    </message>
    <message>
        <source>  SHA-256:     %1 (%2 bytes)</source>
        <translation>  SHA-256:     %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>  Attempts:    %1</source>
        <translation>  Pogingen:    %1</translation>
    </message>
    <message>
        <source>  Created:     %1</source>
        <translation>  Aangemaakt:  %1</translation>
    </message>
    <message>
        <source>  Finished:    %1</source>
        <translation>  Afgerond:    %1</translation>
    </message>
    <message>
        <source>  Pinned:      kept from the automatic cleanup</source>
        <translation>  Vastgezet:   wordt niet automatisch opgeruimd</translation>
    </message>
    <message>
        <source>  Error:       %1</source>
        <translation>  Fout:        %1</translation>
    </message>
    <message>
        <source>  History:     attempt %1, %2: %3</source>
        <translation>  Historie:    poging %1, %2: %3</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>nog %1 s</translation>
    </message>
</context>
<context>
    <name>defex::DefinitionReader</name>
    <message>
        <source>The database %1 is locked by another program (for example the definitie-app while it saves); waited %2 seconds. Try again when it is done.</source>
        <translation>De database %1 is vergrendeld door een ander programma (bijvoorbeeld de definitie-app tijdens het opslaan); er is %2 seconden gewacht. Probeer het opnieuw wanneer dat programma klaar is.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database.</source>
        <translation>%1 is geen SQLite-database.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>De database %1 is beschadigd: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1 (%2): %3</source>
        <translation>Kan de database %1 niet lezen (%2): %3</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>No permission to read %1.</source>
        <translation>Geen leesrechten voor %1.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>openen</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>voorbereiden</translation>
    </message>
    <message>
        <source>bind</source>
        <translation>binden</translation>
    </message>
    <message>
        <source>prepare examples</source>
        <translation>voorbeelden voorbereiden</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lezen</translation>
    </message>
    <message>
        <source>read schema</source>
        <translation>schema lezen</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a definitie-app database: it has no table &quot;definities&quot;.</source>
        <translation>%1 is een SQLite-database, maar geen database van de definitie-app: de tabel &quot;definities&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>%1 is not a definitie-app database: the table &quot;definities&quot; has no column &quot;%2&quot;.</source>
        <translation>%1 is geen database van de definitie-app: de tabel &quot;definities&quot; heeft geen kolom &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This database has an older definitie-app schema without the columns %1; they are exported empty.</source>
        <translation>Deze database heeft een ouder schema van de definitie-app zonder de kolommen %1; deze kolommen worden leeg geëxporteerd.</translation>
    </message>
    <message>
        <source>This database has no usable table &quot;definitie_voorbeelden&quot;; the example columns are exported empty.</source>
        <translation>Deze database heeft geen bruikbare tabel &quot;definitie_voorbeelden&quot;; de voorbeeldkolommen worden leeg geëxporteerd.</translation>
    </message>
    <message>
        <source>Cannot filter on %1: this database has no such column.</source>
        <translation>Kan niet filteren op %1: deze database heeft die kolom niet.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>tellen</translation>
    </message>
    <message>
        <source>Definition %1 (%2): text that is not valid UTF-8 or holds NUL bytes; the bad bytes were replaced by «�».</source>
        <translation>Definitie %1 (%2): tekst die geen geldige UTF-8 is of NUL-bytes bevat; de ongeldige bytes zijn vervangen door «�».</translation>
    </message>
    <message>
        <source>More texts with invalid UTF-8 were repaired; only the first %1 are listed.</source>
        <translation>Er zijn meer teksten met ongeldige UTF-8 hersteld; alleen de eerste %1 worden genoemd.</translation>
    </message>
    <message>
        <source>read definitions</source>
        <translation>definities lezen</translation>
    </message>
    <message>
        <source>read examples</source>
        <translation>voorbeelden lezen</translation>
    </message>
    <message>
        <source>The database %1 is an empty file.</source>
        <translation>De database %1 is een leeg bestand.</translation>
    </message>
</context>
<context>
    <name>defex::DemoDatabase</name>
    <message>
        <source>The demo database has %1 definitions instead of %2.</source>
        <translation>De demodatabase bevat %1 definities in plaats van %2.</translation>
    </message>
    <message>
        <source>Disk full: not enough free space in %1 for the demo database.</source>
        <translation>Schijf is vol: niet genoeg vrije ruimte in %1 voor de demodatabase.</translation>
    </message>
    <message>
        <source>Cannot write the demo database in %1: the folder is not writable (%2).</source>
        <translation>Kan de demodatabase niet schrijven in %1: de map is niet beschrijfbaar (%2).</translation>
    </message>
    <message>
        <source>Cannot create the demo database %1: %2</source>
        <translation>Kan de demodatabase %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Disk full: not enough free space for %1.</source>
        <translation>Schijf is vol: niet genoeg vrije ruimte voor %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>No file name given for the demo database.</source>
        <translation>Er is geen bestandsnaam opgegeven voor de demodatabase.</translation>
    </message>
    <message>
        <source>The number of rows must not be negative (got %1).</source>
        <translation>Het aantal rijen mag niet negatief zijn (opgegeven: %1).</translation>
    </message>
    <message>
        <source>%1 already exists; the demo database is only written to a new file.</source>
        <translation>%1 bestaat al; de demodatabase wordt alleen naar een nieuw bestand geschreven.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>De map %1 is niet beschrijfbaar.</translation>
    </message>
    <message>
        <source>Cannot create a file in the folder %1: %2.</source>
        <translation>Kan geen bestand aanmaken in de map %1: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Kan de naam van %1 niet wijzigen in %2: %3</translation>
    </message>
</context>
<context>
    <name>defex::ExportQueue</name>
    <message>
        <source>There is no job %1.</source>
        <translation>Taak %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot be cancelled.</source>
        <translation>Taak %1 heeft de status %2 en kan niet worden geannuleerd.</translation>
    </message>
    <message>
        <source>Job %1 changed meanwhile; try again.</source>
        <translation>Taak %1 is intussen gewijzigd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Job %1 is not waiting or running and cannot be paused.</source>
        <translation>Taak %1 wacht niet en loopt niet, en kan dus niet worden gepauzeerd.</translation>
    </message>
    <message>
        <source>Job %1 is not paused.</source>
        <translation>Taak %1 is niet gepauzeerd.</translation>
    </message>
    <message>
        <source>Job %1 has not failed or been cancelled, so it cannot be retried.</source>
        <translation>Taak %1 is niet mislukt of geannuleerd en kan dus niet opnieuw worden geprobeerd.</translation>
    </message>
    <message>
        <source>Job %1 is not waiting in the queue, so it cannot be moved.</source>
        <translation>Taak %1 wacht niet in de wachtrij en kan dus niet worden verplaatst.</translation>
    </message>
    <message>
        <source>Only finished jobs can be removed from the list.</source>
        <translation>Alleen afgeronde taken kunnen uit de lijst worden verwijderd.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Stopped when the program quit; it continues from row %1 at the next start.</source>
        <translation>Gestopt toen het programma werd afgesloten; bij de volgende start gaat de export verder vanaf rij %1.</translation>
    </message>
    <message>
        <source>Interrupted: the program running this export stopped unexpectedly.</source>
        <translation>Onderbroken: het programma dat deze export uitvoerde, is onverwacht gestopt.</translation>
    </message>
    <message>
        <source>The export was interrupted %1 times in a row: each time, the program running it stopped. It is not started again automatically; retry it when the cause is found.</source>
        <translation>De export is %1 keer achter elkaar onderbroken: telkens stopte het programma dat de export uitvoerde. De export wordt niet meer automatisch gestart; probeer het opnieuw wanneer de oorzaak is gevonden.</translation>
    </message>
</context>
<context>
    <name>defex::ExportRequest</name>
    <message>
        <source>No source database was given.</source>
        <translation>Er is geen brondatabase opgegeven.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Er is geen uitvoerbestand opgegeven.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a semicolon, a comma or a tab.</source>
        <translation>Het CSV-scheidingsteken moet een puntkomma, een komma of een tab zijn.</translation>
    </message>
    <message>
        <source>The created-from date lies after the created-to date.</source>
        <translation>De datum bij created-from ligt na de datum bij created-to.</translation>
    </message>
    <message>
        <source>The updated-from date lies after the updated-to date.</source>
        <translation>De datum bij updated-from ligt na de datum bij updated-to.</translation>
    </message>
    <message>
        <source>The minimum validation score must lie between 0 and 1.</source>
        <translation>De minimale validatiescore moet tussen 0 en 1 liggen.</translation>
    </message>
    <message>
        <source>Unsupported export request version.</source>
        <translation>Deze versie van de exportopdracht wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Onbekend exportformaat.</translation>
    </message>
    <message>
        <source>Unknown detail level.</source>
        <translation>Onbekend detailniveau.</translation>
    </message>
</context>
<context>
    <name>defex::Exporter</name>
    <message>
        <source>The output file is the source database itself.</source>
        <translation>Het uitvoerbestand is de brondatabase zelf.</translation>
    </message>
    <message>
        <source>An XLSX export cannot continue a partial file; it started over.</source>
        <translation>Een XLSX-export kan niet verdergaan met een deelbestand; de export is opnieuw begonnen.</translation>
    </message>
    <message>
        <source>The source database changed after the export was interrupted; it started over.</source>
        <translation>De brondatabase is gewijzigd nadat de export werd onderbroken; de export is opnieuw begonnen.</translation>
    </message>
    <message>
        <source>The export started over.</source>
        <translation>De export is opnieuw begonnen.</translation>
    </message>
    <message>
        <source>The export was paused.</source>
        <translation>De export is gepauzeerd.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>De export is geannuleerd.</translation>
    </message>
    <message>
        <source>The database changed during the export: %1 definitions were counted at the start and %2 were written.</source>
        <translation>De database is tijdens de export gewijzigd: bij het begin zijn %1 definities geteld en er zijn er %2 geschreven.</translation>
    </message>
</context>
<context>
    <name>defex::FileSink</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>geen schrijfrechten op die locatie</translation>
    </message>
    <message>
        <source>the file is too large for this file system or limit</source>
        <translation>het bestand is te groot voor dit bestandssysteem of deze limiet</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Kan %1 niet schrijven: de map bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Kan %1 niet schrijven: het is een map.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kan %1 niet schrijven: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: another export is writing this file right now.</source>
        <translation>Kan %1 niet schrijven: een andere export schrijft op dit moment naar dit bestand.</translation>
    </message>
    <message>
        <source>The partial file %1 is missing or shorter than its checkpoint.</source>
        <translation>Het deelbestand %1 ontbreekt of is korter dan het laatste controlepunt.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Kan %1 niet teruglezen: %2.</translation>
    </message>
    <message>
        <source>Internal error: the output file is not open.</source>
        <translation>Interne fout: het uitvoerbestand is niet geopend.</translation>
    </message>
    <message>
        <source>Cannot move the finished export to %1: %2.</source>
        <translation>Kan de voltooide export niet verplaatsen naar %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: it exists and is not a regular file (a link, device or pipe). Give the path of a new or ordinary file.</source>
        <translation>Kan %1 niet schrijven: het bestaat al en is geen gewoon bestand (een koppeling, apparaat of pipe). Geef het pad van een nieuw of gewoon bestand.</translation>
    </message>
</context>
<context>
    <name>defex::GzipSink</name>
    <message>
        <source>Compression failed.</source>
        <translation>Comprimeren is mislukt.</translation>
    </message>
</context>
<context>
    <name>defex::GzipVerify</name>
    <message>
        <source>Cannot read %1 back to check it.</source>
        <translation>Kan %1 niet teruglezen om het te controleren.</translation>
    </message>
    <message>
        <source>Cannot start the gzip check.</source>
        <translation>Kan de gzip-controle niet starten.</translation>
    </message>
    <message>
        <source>The compressed file %1 failed its integrity check.</source>
        <translation>Het gecomprimeerde bestand %1 is afgekeurd bij de integriteitscontrole.</translation>
    </message>
    <message>
        <source>The compressed file %1 holds %2 bytes instead of %3.</source>
        <translation>Het gecomprimeerde bestand %1 bevat %2 bytes in plaats van %3.</translation>
    </message>
</context>
<context>
    <name>defex::JobListModel</name>
    <message>
        <source>Waiting to retry</source>
        <comment>job state</comment>
        <translation>Wacht op nieuwe poging</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>job state</comment>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job state</comment>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>job state</comment>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job state</comment>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job state</comment>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job state</comment>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>job state</comment>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds left</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>time left</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>time left</comment>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent done</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>rows done / rows in total</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, gzip</source>
        <comment>file format, compressed</comment>
        <translation>%1, gzip</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>State</source>
        <comment>column: state of a job</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>column: definitions exported</comment>
        <translation>Definities</translation>
    </message>
    <message>
        <source>Remaining</source>
        <comment>column: time left</comment>
        <translation>Resterend</translation>
    </message>
    <message>
        <source>Position</source>
        <comment>column: place in the queue</comment>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>defex::JobStore</name>
    <message>
        <source>The queue database %1 is damaged or not a queue database (%2). Move it aside to start with an empty queue.</source>
        <translation>De wachtrijdatabase %1 is beschadigd of is geen wachtrijdatabase (%2). Verplaats het bestand om met een lege wachtrij te beginnen.</translation>
    </message>
    <message>
        <source>The queue database %1 was written by a newer version of definitie-export (schema %2); this version understands schema %3.</source>
        <translation>De wachtrijdatabase %1 is geschreven door een nieuwere versie van definitie-export (schema %2); deze versie ondersteunt schema %3.</translation>
    </message>
    <message>
        <source>No folder was given for the queue database.</source>
        <translation>Er is geen map opgegeven voor de wachtrijdatabase.</translation>
    </message>
    <message>
        <source>%1 is not a folder; it cannot hold the queue database.</source>
        <translation>%1 is geen map en kan dus geen wachtrijdatabase bevatten.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the queue database.</source>
        <translation>Kan de map %1 voor de wachtrijdatabase niet aanmaken.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>No permission to read the queue database %1.</source>
        <translation>Geen leesrechten voor de wachtrijdatabase %1.</translation>
    </message>
    <message>
        <source>Cannot create the queue database %1: %2</source>
        <translation>Kan de wachtrijdatabase %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot open the queue database %1: %2</source>
        <translation>Kan de wachtrijdatabase %1 niet openen: %2</translation>
    </message>
    <message>
        <source>The queue database %1 is read-only and uses an older schema (%2); open it once with write access so that it can be upgraded.</source>
        <translation>De wachtrijdatabase %1 is alleen-lezen en gebruikt een ouder schema (%2); open de database eenmaal met schrijfrechten zodat deze kan worden bijgewerkt.</translation>
    </message>
    <message>
        <source>its tables are missing</source>
        <translation>de tabellen ontbreken</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>het Qt-stuurprogramma voor SQLite (QSQLITE) is niet beschikbaar</translation>
    </message>
    <message>
        <source>Cannot prepare the queue database %1: %2</source>
        <translation>Kan de wachtrijdatabase %1 niet voorbereiden: %2</translation>
    </message>
    <message>
        <source>it holds other tables</source>
        <translation>de database bevat andere tabellen</translation>
    </message>
    <message>
        <source>The queue database %1 is read-only; the change was not saved.</source>
        <translation>De wachtrijdatabase %1 is alleen-lezen; de wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>A job appears twice in the new order.</source>
        <translation>Een taak komt twee keer voor in de nieuwe volgorde.</translation>
    </message>
    <message>
        <source>The order was not changed.</source>
        <translation>De volgorde is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The queue database is not open.</source>
        <translation>De wachtrijdatabase is niet geopend.</translation>
    </message>
    <message>
        <source>There is no job %1 in the queue.</source>
        <translation>Taak %1 staat niet in de wachtrij.</translation>
    </message>
    <message>
        <source>Job %1 is not waiting in the queue.</source>
        <translation>Taak %1 wacht niet in de wachtrij.</translation>
    </message>
    <message>
        <source>%1 (SQLite code %2)</source>
        <translation>%1 (SQLite-code %2)</translation>
    </message>
    <message>
        <source>No state to change job %1 from.</source>
        <translation>Er is geen beginstatus opgegeven om taak %1 te wijzigen.</translation>
    </message>
    <message>
        <source>Job %1 is not in a state it can become %2 from.</source>
        <translation>Taak %1 kan vanuit de huidige status niet de status %2 krijgen.</translation>
    </message>
</context>
<context>
    <name>defex::XlsxWriter</name>
    <message>
        <source>The XLSX export has no columns.</source>
        <translation>De XLSX-export heeft geen kolommen.</translation>
    </message>
    <message>
        <source>The XLSX writer was not started.</source>
        <translation>Het schrijven van het XLSX-bestand is niet gestart.</translation>
    </message>
    <message>
        <source>1 text was longer than Excel&apos;s cell limit of 32,767 characters and was cut (definition ids %1).</source>
        <translation>1 tekst was langer dan de limiet van Excel van 32.767 tekens per cel en is ingekort (ID&apos;s van de definities: %1).</translation>
    </message>
    <message>
        <source>%1 texts were longer than Excel&apos;s cell limit of 32,767 characters and were cut (definition ids %2).</source>
        <translation>%1 teksten waren langer dan de limiet van Excel van 32.767 tekens per cel en zijn ingekort (ID&apos;s van de definities: %2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: definitie-export COMMAND [OPTIONS]

Commands:
  export    Export a definitie-app database to CSV, XLSX, JSON or TXT.
  demo-db   Create a demo database with realistic definitions.
  queue     The persistent export queue: add, list, cancel, run, watch...

Run &quot;definitie-export COMMAND --help&quot; for the options of a command.
</source>
        <translation>Gebruik: definitie-export OPDRACHT [OPTIES]

Opdrachten:
  export    Een database van de definitie-app exporteren naar CSV, XLSX, JSON of TXT.
  demo-db   Een demodatabase met realistische definities aanmaken.
  queue     De exportwachtrij, die bewaard blijft: add, list, cancel, run, watch...

Zie &quot;definitie-export OPDRACHT --help&quot; voor de opties van een opdracht.
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
