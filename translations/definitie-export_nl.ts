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
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <source>The database holds no definitions.</source>
        <translation>De database bevat geen definities.</translation>
    </message>
    <message>
        <source>No definitions match the filters.</source>
        <translation>Geen enkele definitie voldoet aan de filters.</translation>
    </message>
    <message>
        <source>The file has only the header row.</source>
        <translation>Het bestand bevat alleen de kopregel.</translation>
    </message>
    <message>
        <source>The sheet has only the header row.</source>
        <translation>Het werkblad bevat alleen de kopregel.</translation>
    </message>
    <message>
        <source>The file holds an empty list of definitions.</source>
        <translation>Het bestand bevat een lege lijst met definities.</translation>
    </message>
    <message>
        <source>The report has only its heading.</source>
        <translation>Het rapport bevat alleen de kop.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>opmerking: %1</translation>
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
    <message>
        <source>The file to write. A name that ends in .csv, .xlsx, .json or .txt (optionally followed by .gz), or in .gz, must agree with --format and --gzip; other names are used as given.</source>
        <translation>Het bestand dat wordt geschreven. Een naam die eindigt op .csv, .xlsx, .json of .txt (eventueel gevolgd door .gz), of op .gz, moet overeenkomen met --format en --gzip; andere namen worden gebruikt zoals ze zijn opgegeven.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;: use %2.</source>
        <translation>Onbekende categorie &quot;%1&quot;: gebruik %2.</translation>
    </message>
    <message>
        <source>--%1 was given more than once with different values (%2); give it once.</source>
        <translation>--%1 is meer dan eens opgegeven met verschillende waarden (%2); geef deze optie één keer op.</translation>
    </message>
    <message>
        <source>%1 ends in %2 but the format is %3: give --format %4 or name the file %5.</source>
        <translation>%1 eindigt op %2, maar het formaat is %3: geef --format %4 op of noem het bestand %5.</translation>
    </message>
    <message>
        <source>%1 ends in .gz but --gzip was not given: add --gzip or name the file %2.</source>
        <translation>%1 eindigt op .gz, maar --gzip is niet opgegeven: voeg --gzip toe of noem het bestand %2.</translation>
    </message>
    <message>
        <source>--%1 has no effect on %2 exports; it applies to CSV only.</source>
        <translation>--%1 heeft geen effect op exports in %2; deze optie geldt alleen voor CSV.</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Cancel</source>
        <comment>job button</comment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>job button</comment>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>job button</comment>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>job button</comment>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <comment>job button</comment>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <comment>job button</comment>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>job button</comment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Stop this export and discard its partial file</source>
        <translation>Deze export stoppen en het deelbestand verwijderen</translation>
    </message>
    <message>
        <source>Pause this export; it continues from where it stopped when resumed</source>
        <translation>Deze export pauzeren; na het hervatten gaat de export verder waar hij was gebleven</translation>
    </message>
    <message>
        <source>Put this export back in the queue</source>
        <translation>Deze export weer in de wachtrij plaatsen</translation>
    </message>
    <message>
        <source>Run this export again</source>
        <translation>Deze export opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Save a copy of the exported file elsewhere</source>
        <translation>Een kopie van het geëxporteerde bestand op een andere plek opslaan</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Het geëxporteerde bestand in de map tonen</translation>
    </message>
    <message>
        <source>Remove this job from the list (the exported file stays)</source>
        <translation>Deze taak uit de lijst verwijderen (het geëxporteerde bestand blijft bewaard)</translation>
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
    <message numerus="yes">
        <source>%n job(s) failed; see &quot;definitie-export queue list&quot;.</source>
        <translation>
            <numerusform>%n taak is mislukt; zie &quot;definitie-export queue list&quot;.</numerusform>
            <numerusform>%n taken zijn mislukt; zie &quot;definitie-export queue list&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue an export; prints its id. Without --output or --dir the file goes into the queue&apos;s own export folder, with a name made of the description and the time.

Exit codes: 0 queued, 1 usage error, 2 bad input (database missing, not SQLite, not a definitie-app database), 3 output folder missing, or the queue database cannot be opened or written.</source>
        <translation>Een export in de wachtrij plaatsen; toont het taaknummer. Zonder --output of --dir komt het bestand in de eigen exportmap van de wachtrij, met een naam die bestaat uit de omschrijving en het tijdstip.

Afsluitcodes: 0 in de wachtrij geplaatst, 1 onjuist gebruik, 2 ongeldige invoer (database ontbreekt, geen SQLite, geen database van de definitie-app), 3 uitvoermap ontbreekt, of de wachtrijdatabase kan niet worden geopend of beschreven.</translation>
    </message>
    <message>
        <source>The queue&apos;s folder (default $DEFINITIE_EXPORT_DATA_DIR or the user&apos;s application data folder).</source>
        <translation>De map van de wachtrij (standaard $DEFINITIE_EXPORT_DATA_DIR of de map met programmagegevens van de gebruiker).</translation>
    </message>
    <message>
        <source>Run &quot;definitie-export queue add --help&quot; for the options.</source>
        <translation>Zie &quot;definitie-export queue add --help&quot; voor de opties.</translation>
    </message>
    <message>
        <source>Usage: definitie-export queue add [options]</source>
        <translation>Gebruik: definitie-export queue add [opties]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>Cannot write into %1: the folder does not exist.</source>
        <translation>Kan niet in %1 schrijven: de map bestaat niet.</translation>
    </message>
    <message>
        <source>Usage: definitie-export queue SUBCOMMAND [OPTIONS]

The persistent export queue (shared with the window, per user).

Subcommands:
  add [export options] [--output FILE | --dir DIR] [--description TEXT]
                      Queue an export; prints its id. &quot;queue add --help&quot; lists
                      the export options.
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
3 the queue database cannot be opened or written, 6 &quot;run --until-empty&quot; ran a
job that failed.
</source>
        <translation>Gebruik: definitie-export queue SUBOPDRACHT [OPTIES]

De exportwachtrij, die bewaard blijft (gedeeld met het venster, per gebruiker).

Subopdrachten:
  add [exportopties] [--output BESTAND | --dir MAP] [--description TEKST]
                      Een export in de wachtrij plaatsen; toont het taaknummer.
                      &quot;queue add --help&quot; toont de exportopties.
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
de huidige status, 3 de wachtrijdatabase kan niet worden geopend of beschreven,
6 &quot;run --until-empty&quot; heeft een taak uitgevoerd die is mislukt.
</translation>
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
    <name>WindowCommand</name>
    <message>
        <source>Demo: all definitions (CSV)</source>
        <translation>Demo: alle definities (CSV)</translation>
    </message>
    <message>
        <source>Demo: all definitions (CSV, gzip)</source>
        <translation>Demo: alle definities (CSV, gzip)</translation>
    </message>
    <message>
        <source>Demo: all definitions, extended (Excel)</source>
        <translation>Demo: alle definities, uitgebreid (Excel)</translation>
    </message>
    <message>
        <source>Demo: all definitions, complete (JSON)</source>
        <translation>Demo: alle definities, compleet (JSON)</translation>
    </message>
    <message>
        <source>Demo: established definitions (text)</source>
        <translation>Demo: vastgestelde definities (tekst)</translation>
    </message>
    <message>
        <source>The database to start with.</source>
        <translation>De database waarmee het venster voor een nieuwe export begint.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The queue&apos;s folder.</source>
        <translation>De map van de wachtrij.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>Queue demo exports at start.</source>
        <translation>Bij het starten demo-exports in de wachtrij plaatsen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>--enqueue-demo needs --database.</source>
        <translation>--enqueue-demo vereist --database.</translation>
    </message>
    <message>
        <source>The window needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set). The headless commands work without one: run &quot;definitie-export --help&quot;.</source>
        <translation>Het venster heeft een grafische omgeving nodig, maar die is er niet (DISPLAY en WAYLAND_DISPLAY zijn niet ingesteld). De opdrachten zonder venster werken ook zonder grafische omgeving: zie &quot;definitie-export --help&quot;.</translation>
    </message>
    <message>
        <source>The window cannot open: the display could not be reached (DISPLAY=%1). The headless commands work without one: run &quot;definitie-export --help&quot;.</source>
        <translation>Het venster kan niet worden geopend: de grafische omgeving is niet bereikbaar (DISPLAY=%1). De opdrachten zonder venster werken ook zonder grafische omgeving: zie &quot;definitie-export --help&quot;.</translation>
    </message>
    <message>
        <source>The connection to the display was lost. The running exports stop at a checkpoint and continue at the next start.</source>
        <translation>De verbinding met de grafische omgeving is verbroken. De lopende exports stoppen bij een controlepunt en gaan verder bij de volgende start.</translation>
    </message>
    <message>
        <source>Usage: definitie-export [window] [OPTIONS]

Opens the desktop window on the export queue (the same queue as
&quot;definitie-export queue&quot;). Needs a display; the other commands do not.

Options:
  --database FILE     The database the new-export dialog starts with.
  --data-dir DIR      The queue&apos;s folder (default $DEFINITIE_EXPORT_DATA_DIR or the
                      user&apos;s application data folder).
  --enqueue-demo      Queue demo exports of --database (every format) at start.
  -h, --help          Show this help.

Exit codes: 0 closed, 1 usage error, 2 the database does not exist,
3 the queue cannot be opened, 5 no display, 7 the display was lost (the
running exports continue at the next start).
</source>
        <translation>Gebruik: definitie-export [window] [OPTIES]

Opent het venster met de exportwachtrij (dezelfde wachtrij als
&quot;definitie-export queue&quot;). Vereist een grafische omgeving; de andere
opdrachten niet.

Opties:
  --database BESTAND  De database waarmee het venster voor een nieuwe export
                      begint.
  --data-dir MAP      De map van de wachtrij (standaard $DEFINITIE_EXPORT_DATA_DIR
                      of de map met programmagegevens van de gebruiker).
  --enqueue-demo      Bij het starten demo-exports van --database in de wachtrij
                      plaatsen (elk formaat).
  -h, --help          Deze hulp tonen.

Afsluitcodes: 0 gesloten, 1 onjuist gebruik, 2 de database bestaat niet,
3 de wachtrij kan niet worden geopend, 5 geen grafische omgeving, 7 de
grafische omgeving viel weg (de lopende exports gaan verder bij de volgende
start).
</translation>
    </message>
</context>
<context>
    <name>defex::ChoiceList</name>
    <message>
        <source>%1 (%2)</source>
        <comment>filter value and how many definitions have it</comment>
        <translation>%1 (%2)</translation>
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
    <name>defex::DesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>defex::DetailsPane</name>
    <message>
        <source>&amp;Keep this export (never clean it up automatically)</source>
        <translation>&amp;Deze export bewaren (nooit automatisch opruimen)</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Taakdetails</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Geen taak geselecteerd</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Selecteer een taak om de details te zien.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place in the queue</source>
        <translation>Plaats in de wachtrij</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definities</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source database</source>
        <translation>Brondatabase</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Detail level</source>
        <translation>Detailniveau</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>scheidingsteken %1</translation>
    </message>
    <message>
        <source>with byte-order mark</source>
        <translation>met bytevolgordemarkering (BOM)</translation>
    </message>
    <message>
        <source>without byte-order mark</source>
        <translation>zonder bytevolgordemarkering (BOM)</translation>
    </message>
    <message>
        <source>formulas allowed</source>
        <translation>formules toegestaan</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>category: %1</source>
        <translation>categorie: %1</translation>
    </message>
    <message>
        <source>organisational context: %1</source>
        <translation>organisatorische context: %1</translation>
    </message>
    <message>
        <source>legal context: %1</source>
        <translation>juridische context: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>aangemaakt: %1</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>bijgewerkt: %1</translation>
    </message>
    <message>
        <source>validation score at least %1</source>
        <translation>validatiescore minimaal %1</translation>
    </message>
    <message>
        <source>search: &quot;%1&quot;</source>
        <translation>zoektekst: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>none (every definition)</source>
        <translation>geen (alle definities)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In wachtrij geplaatst</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Opruimen</translation>
    </message>
    <message>
        <source>kept (pinned)</source>
        <translation>bewaard (vastgezet)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Attempt %1, %2: %3</source>
        <translation>Poging %1, %2: %3</translation>
    </message>
    <message>
        <source>Basic (17 columns)</source>
        <translation>Basis (17 kolommen)</translation>
    </message>
    <message>
        <source>Extended (25 columns)</source>
        <translation>Uitgebreid (25 kolommen)</translation>
    </message>
    <message>
        <source>Complete (36 columns)</source>
        <translation>Compleet (36 kolommen)</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Eerdere pogingen</translation>
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
    <message>
        <source>Cannot write %1: %2 is not a folder.</source>
        <translation>Kan %1 niet schrijven: %2 is geen map.</translation>
    </message>
    <message>
        <source>Cannot write %1: no file can be created in the folder %2.</source>
        <translation>Kan %1 niet schrijven: in de map %2 kan geen bestand worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>defex::FolderOpener</name>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
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
    <name>defex::JobFilterProxy</name>
    <message>
        <source>Actions</source>
        <comment>column of per-job buttons</comment>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Actions and error</source>
        <comment>column of per-job buttons and the error message</comment>
        <translation>Acties en fout</translation>
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
    <message>
        <source>%1 (ready at %2)</source>
        <comment>time left (clock time when done)</comment>
        <translation>%1 (gereed om %2)</translation>
    </message>
    <message>
        <source>Definitions</source>
        <comment>column: definitions exported</comment>
        <translation>Definities</translation>
    </message>
</context>
<context>
    <name>defex::JobPanel</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>T&amp;onen:</translation>
    </message>
    <message>
        <source>All</source>
        <comment>finished jobs of every state</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>filter: finished jobs</comment>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>filter: finished jobs</comment>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>filter: finished jobs</comment>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Show finished exports in this state</source>
        <translation>Afgeronde exports met deze status tonen</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Search by description</source>
        <translation>Zoeken op omschrijving</translation>
    </message>
    <message>
        <source>Search finished exports by description</source>
        <translation>Afgeronde exports zoeken op omschrijving</translation>
    </message>
    <message>
        <source>No exports in the queue — start one with New export…</source>
        <translation>Geen exports in de wachtrij — start er een met Nieuwe export…</translation>
    </message>
    <message>
        <source>No finished exports match this filter.</source>
        <translation>Geen afgeronde exports die aan dit filter voldoen.</translation>
    </message>
    <message>
        <source>No finished exports yet.</source>
        <translation>Nog geen afgeronde exports.</translation>
    </message>
    <message>
        <source>The export queue is not available.</source>
        <translation>De exportwachtrij is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The exported file is no longer there.</source>
        <translation>Het geëxporteerde bestand is er niet meer.</translation>
    </message>
    <message>
        <source>Save a copy of the export</source>
        <translation>Een kopie van de export opslaan</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Could not save a copy: the exported file is no longer there.</source>
        <translation>Kan geen kopie opslaan: het geëxporteerde bestand is er niet meer.</translation>
    </message>
    <message>
        <source>Could not save a copy: the folder %1 does not exist.</source>
        <translation>Kan geen kopie opslaan: de map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Could not save a copy: no permission to write in %1.</source>
        <translation>Kan geen kopie opslaan: geen schrijfrechten in %1.</translation>
    </message>
    <message>
        <source>Could not save a copy: the disk with %1 is full.</source>
        <translation>Kan geen kopie opslaan: de schijf met %1 is vol.</translation>
    </message>
    <message>
        <source>Could not save a copy as %1: %2</source>
        <translation>Kan geen kopie opslaan als %1: %2</translation>
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
    <name>defex::JobView</name>
    <message>
        <source>Export queue</source>
        <translation>Exportwachtrij</translation>
    </message>
    <message>
        <source>Running, paused and waiting exports in the order they run. Delete cancels the selected exports, Enter shows details, the context menu has every action.</source>
        <translation>Actieve, gepauzeerde en wachtende exports in de volgorde waarin ze worden uitgevoerd. Met Delete annuleert u de geselecteerde exports, met Enter ziet u de details en het contextmenu bevat alle acties.</translation>
    </message>
    <message>
        <source>Finished exports</source>
        <translation>Afgeronde exports</translation>
    </message>
    <message>
        <source>Completed, failed and cancelled exports. Delete removes the selected exports from the list, Enter shows details, the context menu has every action.</source>
        <translation>Voltooide, mislukte en geannuleerde exports. Met Delete verwijdert u de geselecteerde exports uit de lijst, met Enter ziet u de details en het contextmenu bevat alle acties.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Move to top</source>
        <translation>Bovenaan plaatsen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Move to bottom</source>
        <translation>Onderaan plaatsen</translation>
    </message>
    <message>
        <source>Keep (exempt from cleanup)</source>
        <translation>Bewaren (niet automatisch opruimen)</translation>
    </message>
</context>
<context>
    <name>defex::MainWindow</name>
    <message numerus="yes">
        <source>Cancelled %n export(s).</source>
        <translation>
            <numerusform>%n export geannuleerd.</numerusform>
            <numerusform>%n exports geannuleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n failed export(s) again.</source>
        <translation>
            <numerusform>%n mislukte export opnieuw in de wachtrij geplaatst.</numerusform>
            <numerusform>%n mislukte exports opnieuw in de wachtrij geplaatst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished export(s) from the list.</source>
        <translation>
            <numerusform>%n afgeronde export uit de lijst verwijderd.</numerusform>
            <numerusform>%n afgeronde exports uit de lijst verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>About definitie-export</source>
        <translation>Over definitie-export</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;definitie-export %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Exports definitie-app databases to CSV, Excel, JSON and text in a background queue that survives quitting and crashes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;definitie-export %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Exporteert databases van de definitie-app naar CSV, Excel, JSON en tekst, in een wachtrij op de achtergrond die bewaard blijft bij afsluiten en na een crash.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Geen taak geselecteerd</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>&amp;Bovenaan plaatsen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag verplaatsen</translation>
    </message>
    <message>
        <source>Move to &amp;bottom</source>
        <translation>O&amp;nderaan plaatsen</translation>
    </message>
    <message>
        <source>&amp;Keep (never clean up)</source>
        <translation>Be&amp;waren (nooit opruimen)</translation>
    </message>
    <message>
        <source>definitie-export</source>
        <translation>definitie-export</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Taak</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Wachtrij</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>&amp;New export…</source>
        <translation>&amp;Nieuwe export…</translation>
    </message>
    <message>
        <source>Queue a new export of a definitie-app database</source>
        <translation>Een nieuwe export van een database van de definitie-app in de wachtrij plaatsen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation>Alles &amp;pauzeren</translation>
    </message>
    <message>
        <source>Pause every running and waiting export</source>
        <translation>Alle actieve en wachtende exports pauzeren</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>Alles &amp;hervatten</translation>
    </message>
    <message>
        <source>Resume every paused export</source>
        <translation>Alle gepauzeerde exports hervatten</translation>
    </message>
    <message>
        <source>&amp;Cancel all…</source>
        <translation>Alles &amp;annuleren…</translation>
    </message>
    <message>
        <source>Cancel every waiting, running and paused export</source>
        <translation>Alle wachtende, actieve en gepauzeerde exports annuleren</translation>
    </message>
    <message>
        <source>Retry &amp;failed…</source>
        <translation>&amp;Mislukte opnieuw proberen…</translation>
    </message>
    <message>
        <source>Queue every failed export again</source>
        <translation>Alle mislukte exports opnieuw in de wachtrij plaatsen</translation>
    </message>
    <message>
        <source>Remove &amp;finished…</source>
        <translation>Afgeronde &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Remove every finished export from the list (the files stay)</source>
        <translation>Alle afgeronde exports uit de lijst verwijderen (de bestanden blijven bewaard)</translation>
    </message>
    <message>
        <source>&amp;About definitie-export</source>
        <translation>&amp;Over definitie-export</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>Export lists</source>
        <translation>Exportlijsten</translation>
    </message>
    <message>
        <source>The export queue could not be opened.</source>
        <translation>De exportwachtrij kan niet worden geopend.</translation>
    </message>
    <message>
        <source>Exports are saved in %1</source>
        <translation>Exports worden opgeslagen in %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n export(s)? Their partial files are deleted.</source>
        <translation>
            <numerusform>%n export annuleren? Het deelbestand wordt verwijderd.</numerusform>
            <numerusform>%n exports annuleren? De deelbestanden worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n failed export(s) again?</source>
        <translation>
            <numerusform>%n mislukte export opnieuw in de wachtrij plaatsen?</numerusform>
            <numerusform>%n mislukte exports opnieuw in de wachtrij plaatsen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished export(s) from the list? The exported files stay where they are.</source>
        <translation>
            <numerusform>%n afgeronde export uit de lijst verwijderen? Het geëxporteerde bestand blijft staan waar het staat.</numerusform>
            <numerusform>%n afgeronde exports uit de lijst verwijderen? De geëxporteerde bestanden blijven staan waar ze staan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the running exports; they continue at the next start…</source>
        <translation>De actieve exports worden gestopt; bij de volgende start gaan ze verder…</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>De map %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>Could not open the folder %1 (%2).</source>
        <translation>De map %1 kon niet worden geopend (%2).</translation>
    </message>
    <message>
        <source>Copy the path and open it in a file manager or a terminal.</source>
        <translation>Kopieer het pad en open de map in een bestandsbeheerder of een terminal.</translation>
    </message>
</context>
<context>
    <name>defex::NewExportDialog</name>
    <message>
        <source>Imported definitions</source>
        <translation>Geïmporteerde definities</translation>
    </message>
    <message>
        <source>Draft definitions</source>
        <translation>Conceptdefinities</translation>
    </message>
    <message>
        <source>Definitions in review</source>
        <translation>Definities in review</translation>
    </message>
    <message>
        <source>Established definitions</source>
        <translation>Vastgestelde definities</translation>
    </message>
    <message>
        <source>Archived definitions</source>
        <translation>Gearchiveerde definities</translation>
    </message>
    <message>
        <source>Definitions with status %1</source>
        <translation>Definities met status %1</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>file format in a description</comment>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>All definitions</source>
        <translation>Alle definities</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definities</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <comment>description: what, format, date</comment>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <source>Choose the definitie-app database</source>
        <translation>Kies de database van de definitie-app</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-databases (*.db *.sqlite *.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Kies de doelmap</translation>
    </message>
    <message>
        <source>Choose the source database (the definitie-app&apos;s definities.db).</source>
        <translation>Kies de brondatabase (definities.db van de definitie-app).</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>De database wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The created-from date lies after the created-to date: no definition can match.</source>
        <translation>De datum ‘aangemaakt vanaf’ ligt na de datum ‘aangemaakt tot en met’: geen enkele definitie kan hieraan voldoen.</translation>
    </message>
    <message>
        <source>The updated-from date lies after the updated-to date: no definition can match.</source>
        <translation>De datum ‘bijgewerkt vanaf’ ligt na de datum ‘bijgewerkt tot en met’: geen enkele definitie kan hieraan voldoen.</translation>
    </message>
    <message>
        <source>The destination folder %1 does not exist.</source>
        <translation>De doelmap %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The destination %1 is not a folder.</source>
        <translation>De bestemming %1 is geen map.</translation>
    </message>
    <message>
        <source>No permission to write in the destination folder %1.</source>
        <translation>Geen schrijfrechten in de doelmap %1.</translation>
    </message>
    <message>
        <source>Counting matching definitions…</source>
        <translation>Overeenkomende definities worden geteld…</translation>
    </message>
    <message>
        <source>The database is busy; the number of matching definitions is not known yet.</source>
        <translation>De database is bezet; het aantal overeenkomende definities is nog niet bekend.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln definition(s) match</source>
        <translation>
            <numerusform>%Ln definitie komt overeen</numerusform>
            <numerusform>%Ln definities komen overeen</numerusform>
        </translation>
    </message>
    <message>
        <source>No definition matches these filters: the export will hold no definitions.</source>
        <translation>Geen enkele definitie voldoet aan deze filters: de export zal geen definities bevatten.</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>definition status</comment>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>definition status</comment>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In review</source>
        <comment>definition status</comment>
        <translation>In review</translation>
    </message>
    <message>
        <source>Established</source>
        <comment>definition status</comment>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>definition status</comment>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>Elke context</translation>
    </message>
    <message>
        <source>New export</source>
        <translation>Nieuwe export</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>Matching definitions</source>
        <translation>Overeenkomende definities</translation>
    </message>
    <message>
        <source>&amp;Add to queue</source>
        <translation>Aan wachtrij &amp;toevoegen</translation>
    </message>
    <message>
        <source>Source database</source>
        <translation>Brondatabase</translation>
    </message>
    <message>
        <source>The definitie-app database file (definities.db)</source>
        <translation>Het databasebestand van de definitie-app (definities.db)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Browse for the source database</source>
        <translation>Bladeren naar de brondatabase</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Statuses (none checked: all)</source>
        <translation>Statussen (niets aangevinkt: alle)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Categories (none checked: all)</source>
        <translation>Categorieën (niets aangevinkt: alle)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>Organisational context</source>
        <translation>Organisatorische context</translation>
    </message>
    <message>
        <source>&amp;Organisational context:</source>
        <translation>Or&amp;ganisatorische context:</translation>
    </message>
    <message>
        <source>Legal context</source>
        <translation>Juridische context</translation>
    </message>
    <message>
        <source>&amp;Legal context:</source>
        <translation>&amp;Juridische context:</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>&amp;Aangemaakt vanaf:</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Aangemaakt vanaf</translation>
    </message>
    <message>
        <source>Created &amp;to:</source>
        <translation>Aa&amp;ngemaakt tot en met:</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Aangemaakt tot en met</translation>
    </message>
    <message>
        <source>&amp;Updated from:</source>
        <translation>B&amp;ijgewerkt vanaf:</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Bijgewerkt vanaf</translation>
    </message>
    <message>
        <source>Updated t&amp;o:</source>
        <translation>Bijge&amp;werkt tot en met:</translation>
    </message>
    <message>
        <source>Updated to</source>
        <translation>Bijgewerkt tot en met</translation>
    </message>
    <message>
        <source>Minimum &amp;validation score:</source>
        <translation>Minimale &amp;validatiescore:</translation>
    </message>
    <message>
        <source>Filter: minimum validation score</source>
        <translation>Filter: minimale validatiescore</translation>
    </message>
    <message>
        <source>Minimum validation score (0 to 1)</source>
        <translation>Minimale validatiescore (0 tot en met 1)</translation>
    </message>
    <message>
        <source>Search in term and definition</source>
        <translation>Zoeken in begrip en definitie</translation>
    </message>
    <message>
        <source>Text in the term or the definition</source>
        <translation>Tekst in het begrip of de definitie</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Detail level</source>
        <translation>Detailniveau</translation>
    </message>
    <message>
        <source>Basic (17 columns)</source>
        <translation>Basis (17 kolommen)</translation>
    </message>
    <message>
        <source>Extended (25 columns)</source>
        <translation>Uitgebreid (25 kolommen)</translation>
    </message>
    <message>
        <source>Complete (36 columns)</source>
        <translation>Compleet (36 kolommen)</translation>
    </message>
    <message>
        <source>Detail &amp;level:</source>
        <translation>D&amp;etailniveau:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Bestandsformaat</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-werkmap (XLSX)</translation>
    </message>
    <message>
        <source>JSON (the definitie-app&apos;s export)</source>
        <translation>JSON (export van de definitie-app)</translation>
    </message>
    <message>
        <source>Text report (TXT)</source>
        <translation>Tekstrapport (TXT)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Compress with &amp;gzip (.gz)</source>
        <translation>Com&amp;primeren met gzip (.gz)</translation>
    </message>
    <message>
        <source>Compress with gzip</source>
        <translation>Comprimeren met gzip</translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation>CSV-scheidingsteken</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV-sc&amp;heidingsteken:</translation>
    </message>
    <message>
        <source>Start with a byte-order &amp;mark (for Excel)</source>
        <translation>Beginnen met een bytevolgordemar&amp;kering (voor Excel)</translation>
    </message>
    <message>
        <source>CSV byte-order mark</source>
        <translation>CSV-bytevolgordemarkering</translation>
    </message>
    <message>
        <source>Allow fo&amp;rmulas (cells starting with = + - @ unchanged)</source>
        <translation>Fo&amp;rmules toestaan (cellen die beginnen met = + - @ ongewijzigd laten)</translation>
    </message>
    <message>
        <source>CSV: allow formulas</source>
        <translation>CSV: formules toestaan</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Doelmap</translation>
    </message>
    <message>
        <source>The queue&apos;s export folder</source>
        <translation>De exportmap van de wachtrij</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>Browse for the destination folder</source>
        <translation>Bladeren naar de doelmap</translation>
    </message>
    <message>
        <source>Destination folde&amp;r:</source>
        <translation>Doel&amp;map:</translation>
    </message>
    <message>
        <source>CSV (values with delimiters)</source>
        <translation>CSV (tekst met scheidingstekens)</translation>
    </message>
    <message>
        <source>Excel cannot open a compressed workbook (.xlsx.gz): it has to be unpacked first. Leave gzip off to open it in Excel.</source>
        <translation>Excel kan een gecomprimeerde werkmap (.xlsx.gz) niet openen: die moet eerst worden uitgepakt. Zet gzip uit om het bestand in Excel te openen.</translation>
    </message>
</context>
<context>
    <name>defex::NoticeBar</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pad kopiëren</translation>
    </message>
    <message>
        <source>Show the job</source>
        <translation>De export tonen</translation>
    </message>
    <message>
        <source>Copy the path %1</source>
        <translation>Het pad %1 kopiëren</translation>
    </message>
</context>
<context>
    <name>defex::SettingsDialog</name>
    <message>
        <source>Compress with &amp;gzip</source>
        <translation>Comprimeren met &amp;gzip</translation>
    </message>
    <message>
        <source>Start with a &amp;byte-order mark (for Excel)</source>
        <translation>Beginnen met een bytevolgordemar&amp;kering (voor Excel)</translation>
    </message>
    <message>
        <source>Allow &amp;formulas in cells (unsafe)</source>
        <translation>Fo&amp;rmules in cellen toestaan (onveilig)</translation>
    </message>
    <message>
        <source>Tell me when an export is &amp;ready or fails</source>
        <translation>&amp;Een melding tonen wanneer een export gereed is of mislukt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Exports running at the same time</source>
        <translation>Aantal exports dat tegelijk wordt uitgevoerd</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Keep finished exports for</source>
        <translation>Afgeronde exports bewaren gedurende</translation>
    </message>
    <message>
        <source>The queue&apos;s own folder</source>
        <translation>De eigen map van de wachtrij</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportmap</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Text (TXT)</source>
        <translation>Tekst (TXT)</translation>
    </message>
    <message>
        <source>Default format</source>
        <translation>Standaardformaat</translation>
    </message>
    <message>
        <source>Default detail level</source>
        <translation>Standaarddetailniveau</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation>CSV-scheidingsteken</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>E&amp;xports at the same time:</source>
        <translation>E&amp;xports tegelijk:</translation>
    </message>
    <message>
        <source>&amp;Keep finished exports for:</source>
        <translation>Afgeronde exports &amp;bewaren:</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>Export&amp;map:</translation>
    </message>
    <message>
        <source>New exports</source>
        <translation>Nieuwe exports</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Detail level:</source>
        <translation>&amp;Detailniveau:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV-&amp;scheidingsteken:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>The export folder must be a full path, such as /home/you/Exports.</source>
        <translation>De exportmap moet een volledig pad zijn, zoals /home/gebruiker/Exports.</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist.</source>
        <translation>De exportmap %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is geen map.</translation>
    </message>
    <message>
        <source>You cannot write in the export folder %1.</source>
        <translation>U hebt geen schrijfrechten in de exportmap %1.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-werkmap (XLSX)</translation>
    </message>
    <message>
        <source>Basic (17 columns)</source>
        <translation>Basis (17 kolommen)</translation>
    </message>
    <message>
        <source>Extended (25 columns)</source>
        <translation>Uitgebreid (25 kolommen)</translation>
    </message>
    <message>
        <source>Complete (36 columns)</source>
        <translation>Compleet (36 kolommen)</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
</context>
<context>
    <name>defex::StatusIndicator</name>
    <message numerus="yes">
        <source>%n running</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n bezig</numerusform>
            <numerusform>%n bezig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n gepauzeerd</numerusform>
            <numerusform>%n gepauzeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>Export queue: idle</source>
        <translation>Exportwachtrij: niets te doen</translation>
    </message>
    <message>
        <source>Export queue: %1</source>
        <translation>Exportwachtrij: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent done</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Show the export queue</source>
        <translation>De exportwachtrij tonen</translation>
    </message>
</context>
<context>
    <name>defex::TrayNotifier</name>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln definitions</source>
        <comment>rows exported</comment>
        <translation>
            <numerusform>%Ln definitie</numerusform>
            <numerusform>%Ln definities</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ready</source>
        <translation>Export gereed</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export mislukt</translation>
    </message>
    <message numerus="yes">
        <source>%n exports ready</source>
        <translation>
            <numerusform>%n export gereed</numerusform>
            <numerusform>%n exports gereed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports failed</source>
        <translation>
            <numerusform>%n export mislukt</numerusform>
            <numerusform>%n exports mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports finished: %1 ready, %2 failed</source>
        <translation>Exports afgerond: %1 gereed, %2 mislukt</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n andere</numerusform>
            <numerusform>en nog %n andere</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running in the tray</source>
        <translation>Blijft actief in het systeemvak</translation>
    </message>
    <message>
        <source>The export queue keeps working. Click the tray icon to show the window, or choose Quit in its menu to stop.</source>
        <translation>De exportwachtrij blijft werken. Klik op het pictogram in het systeemvak om het venster te tonen, of kies Afsluiten in het menu ervan om te stoppen.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n bezig</numerusform>
            <numerusform>%n bezig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>Export queue: idle</source>
        <translation>Exportwachtrij: niets te doen</translation>
    </message>
    <message>
        <source>Export queue: %1</source>
        <translation>Exportwachtrij: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent done</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Venster tonen</translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation>Alles &amp;pauzeren</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>Alles &amp;hervatten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>job name</comment>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <comment>job name, first line of its error</comment>
        <translation>Mislukt: %1 (%2)</translation>
    </message>
    <message>
        <source>Ready: %1 (%2)</source>
        <comment>job name, file name</comment>
        <translation>Gereed: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>defex::ValidationMessages</name>
    <message>
        <source>Messages</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: definitie-export [COMMAND] [OPTIONS]

Commands:
  window    Open the desktop window (the default without a command).
  export    Export a definitie-app database to CSV, XLSX, JSON or TXT.
  demo-db   Create a demo database with realistic definitions.
  queue     The persistent export queue: add, list, cancel, run, watch...

Run &quot;definitie-export COMMAND --help&quot; for the options of a command.
</source>
        <translation>Gebruik: definitie-export [OPDRACHT] [OPTIES]

Opdrachten:
  window    Het venster openen (standaard als er geen opdracht is opgegeven).
  export    Een database van de definitie-app exporteren naar CSV, XLSX, JSON of TXT.
  demo-db   Een demodatabase met realistische definities aanmaken.
  queue     De exportwachtrij, die bewaard blijft: add, list, cancel, run, watch...

Zie &quot;definitie-export OPDRACHT --help&quot; voor de opties van een opdracht.
</translation>
    </message>
</context>
</TS>
