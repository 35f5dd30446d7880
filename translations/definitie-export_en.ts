<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DemoDbCommand</name>
    <message>
        <source>Create a demo database in the definitie-app&apos;s schema, filled with deterministic Dutch legal definitions.</source>
        <translation>Create a demo database in the definitie-app&apos;s schema, filled with deterministic Dutch legal definitions.</translation>
    </message>
    <message>
        <source>Number of definitions (default 5000).</source>
        <translation>Number of definitions (default 5000).</translation>
    </message>
    <message>
        <source>Seed for the generator (default 1).</source>
        <translation>Seed for the generator (default 1).</translation>
    </message>
    <message>
        <source>The database file to create (must not exist).</source>
        <translation>The database file to create (must not exist).</translation>
    </message>
    <message>
        <source>Usage: definitie-export demo-db [options] FILE</source>
        <translation>Usage: definitie-export demo-db [options] FILE</translation>
    </message>
    <message>
        <source>Give exactly one FILE to create. Run &quot;definitie-export demo-db --help&quot;.</source>
        <translation>Give exactly one FILE to create. Run &quot;definitie-export demo-db --help&quot;.</translation>
    </message>
    <message>
        <source>--rows expects a number of definitions.</source>
        <translation>--rows expects a number of definitions.</translation>
    </message>
    <message>
        <source>--seed expects a whole number.</source>
        <translation>--seed expects a whole number.</translation>
    </message>
    <message>
        <source>Created %1 with %2 definitions in %3 s.</source>
        <translation>Created %1 with %2 definitions in %3 s.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a definitie-app database to CSV, XLSX, JSON or TXT.

Exit codes: 0 done, 1 usage error, 2 bad input (database missing, not SQLite, not a definitie-app database, locked), 3 output error (folder not writable, disk full), 4 cancelled (Ctrl-C or SIGTERM).</source>
        <translation>Export a definitie-app database to CSV, XLSX, JSON or TXT.

Exit codes: 0 done, 1 usage error, 2 bad input (database missing, not SQLite, not a definitie-app database, locked), 3 output error (folder not writable, disk full), 4 cancelled (Ctrl-C or SIGTERM).</translation>
    </message>
    <message>
        <source>Seconds to wait for a program that holds the database locked (default 10).</source>
        <translation>Seconds to wait for a program that holds the database locked (default 10).</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>Print no progress.</translation>
    </message>
    <message>
        <source>Run &quot;definitie-export export --help&quot; for the options.</source>
        <translation>Run &quot;definitie-export export --help&quot; for the options.</translation>
    </message>
    <message>
        <source>Usage: definitie-export export [options]</source>
        <translation>Usage: definitie-export export [options]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output is required.</translation>
    </message>
    <message>
        <source>Writing %1 (gzip).</source>
        <translation>Writing %1 (gzip).</translation>
    </message>
    <message>
        <source>--lock-timeout expects a number of seconds.</source>
        <translation>--lock-timeout expects a number of seconds.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Exported %1 definitions to %2 (%3 bytes) in %4 s.</source>
        <translation>Exported %1 definitions to %2 (%3 bytes) in %4 s.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written to %1.</source>
        <translation>Cancelled; nothing was written to %1.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>The database holds no definitions.</source>
        <translation>The database holds no definitions.</translation>
    </message>
    <message>
        <source>No definitions match the filters.</source>
        <translation>No definitions match the filters.</translation>
    </message>
    <message>
        <source>The file has only the header row.</source>
        <translation>The file has only the header row.</translation>
    </message>
    <message>
        <source>The sheet has only the header row.</source>
        <translation>The sheet has only the header row.</translation>
    </message>
    <message>
        <source>The file holds an empty list of definitions.</source>
        <translation>The file holds an empty list of definitions.</translation>
    </message>
    <message>
        <source>The report has only its heading.</source>
        <translation>The report has only its heading.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 expects a date as YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The definitie-app database (SQLite file) to export.</source>
        <translation>The definitie-app database (SQLite file) to export.</translation>
    </message>
    <message>
        <source>Output format: csv, xlsx, json or txt (default csv).</source>
        <translation>Output format: csv, xlsx, json or txt (default csv).</translation>
    </message>
    <message>
        <source>Compress the output with gzip (&quot;.gz&quot; is added to the file name if missing).</source>
        <translation>Compress the output with gzip (&quot;.gz&quot; is added to the file name if missing).</translation>
    </message>
    <message>
        <source>Detail level: basis (17 columns), uitgebreid (25) or compleet (36). Default basis.</source>
        <translation>Detail level: basis (17 columns), uitgebreid (25) or compleet (36). Default basis.</translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated): imported, draft, review, established, archived.</source>
        <translation>Only these statuses (comma-separated): imported, draft, review, established, archived.</translation>
    </message>
    <message>
        <source>Only these categories (comma-separated), e.g. type,proces.</source>
        <translation>Only these categories (comma-separated), e.g. type,proces.</translation>
    </message>
    <message>
        <source>Only definitions with this organisational context (an element of the list).</source>
        <translation>Only definitions with this organisational context (an element of the list).</translation>
    </message>
    <message>
        <source>Only definitions with this legal context (an element of the list).</source>
        <translation>Only definitions with this legal context (an element of the list).</translation>
    </message>
    <message>
        <source>Only definitions created on or after this date.</source>
        <translation>Only definitions created on or after this date.</translation>
    </message>
    <message>
        <source>Only definitions created on or before this date.</source>
        <translation>Only definitions created on or before this date.</translation>
    </message>
    <message>
        <source>Only definitions updated on or after this date.</source>
        <translation>Only definitions updated on or after this date.</translation>
    </message>
    <message>
        <source>Only definitions updated on or before this date.</source>
        <translation>Only definitions updated on or before this date.</translation>
    </message>
    <message>
        <source>Only definitions with a validation score of at least this (0-1).</source>
        <translation>Only definitions with a validation score of at least this (0-1).</translation>
    </message>
    <message>
        <source>Only definitions whose term or text contains this.</source>
        <translation>Only definitions whose term or text contains this.</translation>
    </message>
    <message>
        <source>CSV delimiter: &apos;;&apos; (default, what Dutch Excel expects), &apos;,&apos; or &apos;tab&apos;.</source>
        <translation>CSV delimiter: &apos;;&apos; (default, what Dutch Excel expects), &apos;,&apos; or &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>CSV: leave out the UTF-8 byte-order mark.</source>
        <translation>CSV: leave out the UTF-8 byte-order mark.</translation>
    </message>
    <message>
        <source>CSV: keep cells that start with = + - @ as they are (by default they get a leading apostrophe so a spreadsheet does not run them as formulas).</source>
        <translation>CSV: keep cells that start with = + - @ as they are (by default they get a leading apostrophe so a spreadsheet does not run them as formulas).</translation>
    </message>
    <message>
        <source>A description of the export.</source>
        <translation>A description of the export.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, xlsx, json or txt.</source>
        <translation>Unknown format &quot;%1&quot;: use csv, xlsx, json or txt.</translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;: use basis, uitgebreid or compleet.</source>
        <translation>Unknown level &quot;%1&quot;: use basis, uitgebreid or compleet.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use %2.</source>
        <translation>Unknown status &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>--min-score expects a number between 0 and 1, not &quot;%1&quot;.</source>
        <translation>--min-score expects a number between 0 and 1, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;.</source>
        <translation>Unknown delimiter &quot;%1&quot;: use &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>--timestamp expects an ISO 8601 date and time, not &quot;%1&quot;.</source>
        <translation>--timestamp expects an ISO 8601 date and time, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--database is required.</source>
        <translation>--database is required.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>The export date written into JSON and TXT headers and XLSX properties (ISO 8601; default now, or SOURCE_DATE_EPOCH when set) - for reproducible files.</source>
        <translation>The export date written into JSON and TXT headers and XLSX properties (ISO 8601; default now, or SOURCE_DATE_EPOCH when set) - for reproducible files.</translation>
    </message>
    <message>
        <source>The file to write. A name that ends in .csv, .xlsx, .json or .txt (optionally followed by .gz), or in .gz, must agree with --format and --gzip; other names are used as given.</source>
        <translation>The file to write. A name that ends in .csv, .xlsx, .json or .txt (optionally followed by .gz), or in .gz, must agree with --format and --gzip; other names are used as given.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;: use %2.</source>
        <translation>Unknown category &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>--%1 was given more than once with different values (%2); give it once.</source>
        <translation>--%1 was given more than once with different values (%2); give it once.</translation>
    </message>
    <message>
        <source>%1 ends in %2 but the format is %3: give --format %4 or name the file %5.</source>
        <translation>%1 ends in %2 but the format is %3: give --format %4 or name the file %5.</translation>
    </message>
    <message>
        <source>%1 ends in .gz but --gzip was not given: add --gzip or name the file %2.</source>
        <translation>%1 ends in .gz but --gzip was not given: add --gzip or name the file %2.</translation>
    </message>
    <message>
        <source>--%1 has no effect on %2 exports; it applies to CSV only.</source>
        <translation>--%1 has no effect on %2 exports; it applies to CSV only.</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Cancel</source>
        <comment>job button</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>job button</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>job button</comment>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>job button</comment>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Save as…</source>
        <comment>job button</comment>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <comment>job button</comment>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>job button</comment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Stop this export and discard its partial file</source>
        <translation>Stop this export and discard its partial file</translation>
    </message>
    <message>
        <source>Pause this export; it continues from where it stopped when resumed</source>
        <translation>Pause this export; it continues from where it stopped when resumed</translation>
    </message>
    <message>
        <source>Put this export back in the queue</source>
        <translation>Put this export back in the queue</translation>
    </message>
    <message>
        <source>Run this export again</source>
        <translation>Run this export again</translation>
    </message>
    <message>
        <source>Save a copy of the exported file elsewhere</source>
        <translation>Save a copy of the exported file elsewhere</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Show the exported file in its folder</translation>
    </message>
    <message>
        <source>Remove this job from the list (the exported file stays)</source>
        <translation>Remove this job from the list (the exported file stays)</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1% %2/%3 rows</source>
        <translation>%1% %2/%3 rows</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 rows/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>ETA %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unknown options: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unexpected value after &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Unknown queue subcommand &quot;%1&quot;.</source>
        <translation>Unknown queue subcommand &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The queue&apos;s folder.</source>
        <translation>The queue&apos;s folder.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Machine-readable JSON output.</translation>
    </message>
    <message>
        <source>The folder to write into (a name is chosen).</source>
        <translation>The folder to write into (a name is chosen).</translation>
    </message>
    <message>
        <source>Stop when no job is waiting or running.</source>
        <translation>Stop when no job is waiting or running.</translation>
    </message>
    <message>
        <source>Jobs at once, 1-16 (default 5).</source>
        <translation>Jobs at once, 1-16 (default 5).</translation>
    </message>
    <message>
        <source>&quot;queue %1&quot; needs one or more job ids.</source>
        <translation>&quot;queue %1&quot; needs one or more job ids.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --output or --dir, not both.</source>
        <translation>Give --output or --dir, not both.</translation>
    </message>
    <message>
        <source>--max-concurrent expects a number from 1 to 16.</source>
        <translation>--max-concurrent expects a number from 1 to 16.</translation>
    </message>
    <message>
        <source>The queue database in %1 is read-only; nothing was changed.</source>
        <translation>The queue database in %1 is read-only; nothing was changed.</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>There is no job %1.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed; see &quot;definitie-export queue list&quot;.</source>
        <translation>
            <numerusform>%n job failed; see &quot;definitie-export queue list&quot;.</numerusform>
            <numerusform>%n jobs failed; see &quot;definitie-export queue list&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue an export; prints its id. Without --output or --dir the file goes into the queue&apos;s own export folder, with a name made of the description and the time.

Exit codes: 0 queued, 1 usage error, 2 bad input (database missing, not SQLite, not a definitie-app database), 3 output folder missing, or the queue database cannot be opened or written.</source>
        <translation>Queue an export; prints its id. Without --output or --dir the file goes into the queue&apos;s own export folder, with a name made of the description and the time.

Exit codes: 0 queued, 1 usage error, 2 bad input (database missing, not SQLite, not a definitie-app database), 3 output folder missing, or the queue database cannot be opened or written.</translation>
    </message>
    <message>
        <source>The queue&apos;s folder (default $DEFINITIE_EXPORT_DATA_DIR or the user&apos;s application data folder).</source>
        <translation>The queue&apos;s folder (default $DEFINITIE_EXPORT_DATA_DIR or the user&apos;s application data folder).</translation>
    </message>
    <message>
        <source>Run &quot;definitie-export queue add --help&quot; for the options.</source>
        <translation>Run &quot;definitie-export queue add --help&quot; for the options.</translation>
    </message>
    <message>
        <source>Usage: definitie-export queue add [options]</source>
        <translation>Usage: definitie-export queue add [options]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Cannot write into %1: the folder does not exist.</source>
        <translation>Cannot write into %1: the folder does not exist.</translation>
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
        <translation>Usage: definitie-export queue SUBCOMMAND [OPTIONS]

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
</translation>
    </message>
</context>
<context>
    <name>QueueOutput</name>
    <message>
        <source>The queue is empty.</source>
        <translation>The queue is empty.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>PROGRESS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>  State:       %1%2</source>
        <translation>  State:       %1%2</translation>
    </message>
    <message>
        <source> (position %1)</source>
        <translation> (position %1)</translation>
    </message>
    <message>
        <source>  Progress:    %1</source>
        <translation>  Progress:    %1</translation>
    </message>
    <message>
        <source>  Source:      %1</source>
        <translation>  Source:      %1</translation>
    </message>
    <message>
        <source>  Format:      %1, level %2%3</source>
        <translation>  Format:      %1, level %2%3</translation>
    </message>
    <message>
        <source>  Output:      %1</source>
        <translation>  Output:      %1</translation>
    </message>
    <message>
        <source>  SHA-256:     %1 (%2 bytes)</source>
        <translation>  SHA-256:     %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>  Attempts:    %1</source>
        <translation>  Attempts:    %1</translation>
    </message>
    <message>
        <source>  Created:     %1</source>
        <translation>  Created:     %1</translation>
    </message>
    <message>
        <source>  Finished:    %1</source>
        <translation>  Finished:    %1</translation>
    </message>
    <message>
        <source>  Pinned:      kept from the automatic cleanup</source>
        <translation>  Pinned:      kept from the automatic cleanup</translation>
    </message>
    <message>
        <source>  Error:       %1</source>
        <translation>  Error:       %1</translation>
    </message>
    <message>
        <source>  History:     attempt %1, %2: %3</source>
        <translation>  History:     attempt %1, %2: %3</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>ETA %1 s</translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>Demo: all definitions (CSV)</source>
        <translation>Demo: all definitions (CSV)</translation>
    </message>
    <message>
        <source>Demo: all definitions (CSV, gzip)</source>
        <translation>Demo: all definitions (CSV, gzip)</translation>
    </message>
    <message>
        <source>Demo: all definitions, extended (Excel)</source>
        <translation>Demo: all definitions, extended (Excel)</translation>
    </message>
    <message>
        <source>Demo: all definitions, complete (JSON)</source>
        <translation>Demo: all definitions, complete (JSON)</translation>
    </message>
    <message>
        <source>Demo: established definitions (text)</source>
        <translation>Demo: established definitions (text)</translation>
    </message>
    <message>
        <source>The database to start with.</source>
        <translation>The database to start with.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The queue&apos;s folder.</source>
        <translation>The queue&apos;s folder.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Queue demo exports at start.</source>
        <translation>Queue demo exports at start.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>--enqueue-demo needs --database.</source>
        <translation>--enqueue-demo needs --database.</translation>
    </message>
    <message>
        <source>The window needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set). The headless commands work without one: run &quot;definitie-export --help&quot;.</source>
        <translation>The window needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set). The headless commands work without one: run &quot;definitie-export --help&quot;.</translation>
    </message>
    <message>
        <source>The window cannot open: the display could not be reached (DISPLAY=%1). The headless commands work without one: run &quot;definitie-export --help&quot;.</source>
        <translation>The window cannot open: the display could not be reached (DISPLAY=%1). The headless commands work without one: run &quot;definitie-export --help&quot;.</translation>
    </message>
    <message>
        <source>The connection to the display was lost. The running exports stop at a checkpoint and continue at the next start.</source>
        <translation>The connection to the display was lost. The running exports stop at a checkpoint and continue at the next start.</translation>
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
        <translation>Usage: definitie-export [window] [OPTIONS]

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
        <translation>The database %1 is locked by another program (for example the definitie-app while it saves); waited %2 seconds. Try again when it is done.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database.</source>
        <translation>%1 is not a SQLite database.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>The database %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1 (%2): %3</source>
        <translation>Cannot read the database %1 (%2): %3</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>No permission to read %1.</source>
        <translation>No permission to read %1.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>prepare</translation>
    </message>
    <message>
        <source>bind</source>
        <translation>bind</translation>
    </message>
    <message>
        <source>prepare examples</source>
        <translation>prepare examples</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>read schema</source>
        <translation>read schema</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a definitie-app database: it has no table &quot;definities&quot;.</source>
        <translation>%1 is a SQLite database but not a definitie-app database: it has no table &quot;definities&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a definitie-app database: the table &quot;definities&quot; has no column &quot;%2&quot;.</source>
        <translation>%1 is not a definitie-app database: the table &quot;definities&quot; has no column &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This database has an older definitie-app schema without the columns %1; they are exported empty.</source>
        <translation>This database has an older definitie-app schema without the columns %1; they are exported empty.</translation>
    </message>
    <message>
        <source>This database has no usable table &quot;definitie_voorbeelden&quot;; the example columns are exported empty.</source>
        <translation>This database has no usable table &quot;definitie_voorbeelden&quot;; the example columns are exported empty.</translation>
    </message>
    <message>
        <source>Cannot filter on %1: this database has no such column.</source>
        <translation>Cannot filter on %1: this database has no such column.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Definition %1 (%2): text that is not valid UTF-8 or holds NUL bytes; the bad bytes were replaced by «�».</source>
        <translation>Definition %1 (%2): text that is not valid UTF-8 or holds NUL bytes; the bad bytes were replaced by «�».</translation>
    </message>
    <message>
        <source>More texts with invalid UTF-8 were repaired; only the first %1 are listed.</source>
        <translation>More texts with invalid UTF-8 were repaired; only the first %1 are listed.</translation>
    </message>
    <message>
        <source>read definitions</source>
        <translation>read definitions</translation>
    </message>
    <message>
        <source>read examples</source>
        <translation>read examples</translation>
    </message>
    <message>
        <source>The database %1 is an empty file.</source>
        <translation>The database %1 is an empty file.</translation>
    </message>
</context>
<context>
    <name>defex::DemoDatabase</name>
    <message>
        <source>The demo database has %1 definitions instead of %2.</source>
        <translation>The demo database has %1 definitions instead of %2.</translation>
    </message>
    <message>
        <source>Disk full: not enough free space in %1 for the demo database.</source>
        <translation>Disk full: not enough free space in %1 for the demo database.</translation>
    </message>
    <message>
        <source>Cannot write the demo database in %1: the folder is not writable (%2).</source>
        <translation>Cannot write the demo database in %1: the folder is not writable (%2).</translation>
    </message>
    <message>
        <source>Cannot create the demo database %1: %2</source>
        <translation>Cannot create the demo database %1: %2</translation>
    </message>
    <message>
        <source>Disk full: not enough free space for %1.</source>
        <translation>Disk full: not enough free space for %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No file name given for the demo database.</source>
        <translation>No file name given for the demo database.</translation>
    </message>
    <message>
        <source>The number of rows must not be negative (got %1).</source>
        <translation>The number of rows must not be negative (got %1).</translation>
    </message>
    <message>
        <source>%1 already exists; the demo database is only written to a new file.</source>
        <translation>%1 already exists; the demo database is only written to a new file.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>The folder %1 is not writable.</translation>
    </message>
    <message>
        <source>Cannot create a file in the folder %1: %2.</source>
        <translation>Cannot create a file in the folder %1: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Cannot rename %1 to %2: %3</translation>
    </message>
</context>
<context>
    <name>defex::DesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>defex::DetailsPane</name>
    <message>
        <source>&amp;Keep this export (never clean it up automatically)</source>
        <translation>&amp;Keep this export (never clean it up automatically)</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Job details</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>No job selected</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Select a job to see its details.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Place in the queue</source>
        <translation>Place in the queue</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source database</source>
        <translation>Source database</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Detail level</source>
        <translation>Detail level</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>delimiter %1</translation>
    </message>
    <message>
        <source>with byte-order mark</source>
        <translation>with byte-order mark</translation>
    </message>
    <message>
        <source>without byte-order mark</source>
        <translation>without byte-order mark</translation>
    </message>
    <message>
        <source>formulas allowed</source>
        <translation>formulas allowed</translation>
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
        <translation>category: %1</translation>
    </message>
    <message>
        <source>organisational context: %1</source>
        <translation>organisational context: %1</translation>
    </message>
    <message>
        <source>legal context: %1</source>
        <translation>legal context: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>created: %1</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>updated: %1</translation>
    </message>
    <message>
        <source>validation score at least %1</source>
        <translation>validation score at least %1</translation>
    </message>
    <message>
        <source>search: &quot;%1&quot;</source>
        <translation>search: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>none (every definition)</source>
        <translation>none (every definition)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Cleanup</translation>
    </message>
    <message>
        <source>kept (pinned)</source>
        <translation>kept (pinned)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Attempt %1, %2: %3</source>
        <translation>Attempt %1, %2: %3</translation>
    </message>
    <message>
        <source>Basic (17 columns)</source>
        <translation>Basic (17 columns)</translation>
    </message>
    <message>
        <source>Extended (25 columns)</source>
        <translation>Extended (25 columns)</translation>
    </message>
    <message>
        <source>Complete (36 columns)</source>
        <translation>Complete (36 columns)</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Earlier attempts</translation>
    </message>
</context>
<context>
    <name>defex::ExportQueue</name>
    <message>
        <source>There is no job %1.</source>
        <translation>There is no job %1.</translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot be cancelled.</source>
        <translation>Job %1 is %2 and cannot be cancelled.</translation>
    </message>
    <message>
        <source>Job %1 changed meanwhile; try again.</source>
        <translation>Job %1 changed meanwhile; try again.</translation>
    </message>
    <message>
        <source>Job %1 is not waiting or running and cannot be paused.</source>
        <translation>Job %1 is not waiting or running and cannot be paused.</translation>
    </message>
    <message>
        <source>Job %1 is not paused.</source>
        <translation>Job %1 is not paused.</translation>
    </message>
    <message>
        <source>Job %1 has not failed or been cancelled, so it cannot be retried.</source>
        <translation>Job %1 has not failed or been cancelled, so it cannot be retried.</translation>
    </message>
    <message>
        <source>Job %1 is not waiting in the queue, so it cannot be moved.</source>
        <translation>Job %1 is not waiting in the queue, so it cannot be moved.</translation>
    </message>
    <message>
        <source>Only finished jobs can be removed from the list.</source>
        <translation>Only finished jobs can be removed from the list.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Stopped when the program quit; it continues from row %1 at the next start.</source>
        <translation>Stopped when the program quit; it continues from row %1 at the next start.</translation>
    </message>
    <message>
        <source>Interrupted: the program running this export stopped unexpectedly.</source>
        <translation>Interrupted: the program running this export stopped unexpectedly.</translation>
    </message>
    <message>
        <source>The export was interrupted %1 times in a row: each time, the program running it stopped. It is not started again automatically; retry it when the cause is found.</source>
        <translation>The export was interrupted %1 times in a row: each time, the program running it stopped. It is not started again automatically; retry it when the cause is found.</translation>
    </message>
</context>
<context>
    <name>defex::ExportRequest</name>
    <message>
        <source>No source database was given.</source>
        <translation>No source database was given.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>No output file was given.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a semicolon, a comma or a tab.</source>
        <translation>The CSV delimiter must be a semicolon, a comma or a tab.</translation>
    </message>
    <message>
        <source>The created-from date lies after the created-to date.</source>
        <translation>The created-from date lies after the created-to date.</translation>
    </message>
    <message>
        <source>The updated-from date lies after the updated-to date.</source>
        <translation>The updated-from date lies after the updated-to date.</translation>
    </message>
    <message>
        <source>The minimum validation score must lie between 0 and 1.</source>
        <translation>The minimum validation score must lie between 0 and 1.</translation>
    </message>
    <message>
        <source>Unsupported export request version.</source>
        <translation>Unsupported export request version.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Unknown export format.</translation>
    </message>
    <message>
        <source>Unknown detail level.</source>
        <translation>Unknown detail level.</translation>
    </message>
</context>
<context>
    <name>defex::Exporter</name>
    <message>
        <source>The output file is the source database itself.</source>
        <translation>The output file is the source database itself.</translation>
    </message>
    <message>
        <source>An XLSX export cannot continue a partial file; it started over.</source>
        <translation>An XLSX export cannot continue a partial file; it started over.</translation>
    </message>
    <message>
        <source>The source database changed after the export was interrupted; it started over.</source>
        <translation>The source database changed after the export was interrupted; it started over.</translation>
    </message>
    <message>
        <source>The export started over.</source>
        <translation>The export started over.</translation>
    </message>
    <message>
        <source>The export was paused.</source>
        <translation>The export was paused.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>The database changed during the export: %1 definitions were counted at the start and %2 were written.</source>
        <translation>The database changed during the export: %1 definitions were counted at the start and %2 were written.</translation>
    </message>
</context>
<context>
    <name>defex::FileSink</name>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>the file is too large for this file system or limit</source>
        <translation>the file is too large for this file system or limit</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Cannot write %1: the folder does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Cannot write %1: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: another export is writing this file right now.</source>
        <translation>Cannot write %1: another export is writing this file right now.</translation>
    </message>
    <message>
        <source>The partial file %1 is missing or shorter than its checkpoint.</source>
        <translation>The partial file %1 is missing or shorter than its checkpoint.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Cannot read back %1: %2.</translation>
    </message>
    <message>
        <source>Internal error: the output file is not open.</source>
        <translation>Internal error: the output file is not open.</translation>
    </message>
    <message>
        <source>Cannot move the finished export to %1: %2.</source>
        <translation>Cannot move the finished export to %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: it exists and is not a regular file (a link, device or pipe). Give the path of a new or ordinary file.</source>
        <translation>Cannot write %1: it exists and is not a regular file (a link, device or pipe). Give the path of a new or ordinary file.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder.</source>
        <translation>Cannot write %1: %2 is not a folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: no file can be created in the folder %2.</source>
        <translation>Cannot write %1: no file can be created in the folder %2.</translation>
    </message>
</context>
<context>
    <name>defex::FolderOpener</name>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
</context>
<context>
    <name>defex::GzipSink</name>
    <message>
        <source>Compression failed.</source>
        <translation>Compression failed.</translation>
    </message>
</context>
<context>
    <name>defex::GzipVerify</name>
    <message>
        <source>Cannot read %1 back to check it.</source>
        <translation>Cannot read %1 back to check it.</translation>
    </message>
    <message>
        <source>Cannot start the gzip check.</source>
        <translation>Cannot start the gzip check.</translation>
    </message>
    <message>
        <source>The compressed file %1 failed its integrity check.</source>
        <translation>The compressed file %1 failed its integrity check.</translation>
    </message>
    <message>
        <source>The compressed file %1 holds %2 bytes instead of %3.</source>
        <translation>The compressed file %1 holds %2 bytes instead of %3.</translation>
    </message>
</context>
<context>
    <name>defex::JobFilterProxy</name>
    <message>
        <source>Actions</source>
        <comment>column of per-job buttons</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions and error</source>
        <comment>column of per-job buttons and the error message</comment>
        <translation>Actions and error</translation>
    </message>
</context>
<context>
    <name>defex::JobListModel</name>
    <message>
        <source>Waiting to retry</source>
        <comment>job state</comment>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>job state</comment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job state</comment>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>job state</comment>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job state</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job state</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job state</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>job state</comment>
        <translation>Interrupted</translation>
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
        <translation>%1 h %2 min</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <source>State</source>
        <comment>column: state of a job</comment>
        <translation>State</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Remaining</source>
        <comment>column: time left</comment>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Position</source>
        <comment>column: place in the queue</comment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 (ready at %2)</source>
        <comment>time left (clock time when done)</comment>
        <translation>%1 (ready at %2)</translation>
    </message>
    <message>
        <source>Definitions</source>
        <comment>column: definitions exported</comment>
        <translation>Definitions</translation>
    </message>
</context>
<context>
    <name>defex::JobPanel</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>All</source>
        <comment>finished jobs of every state</comment>
        <translation>All</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>filter: finished jobs</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>filter: finished jobs</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>filter: finished jobs</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Show finished exports in this state</source>
        <translation>Show finished exports in this state</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <source>Search by description</source>
        <translation>Search by description</translation>
    </message>
    <message>
        <source>Search finished exports by description</source>
        <translation>Search finished exports by description</translation>
    </message>
    <message>
        <source>No exports in the queue — start one with New export…</source>
        <translation>No exports in the queue — start one with New export…</translation>
    </message>
    <message>
        <source>No finished exports match this filter.</source>
        <translation>No finished exports match this filter.</translation>
    </message>
    <message>
        <source>No finished exports yet.</source>
        <translation>No finished exports yet.</translation>
    </message>
    <message>
        <source>The export queue is not available.</source>
        <translation>The export queue is not available.</translation>
    </message>
    <message>
        <source>The exported file is no longer there.</source>
        <translation>The exported file is no longer there.</translation>
    </message>
    <message>
        <source>Save a copy of the export</source>
        <translation>Save a copy of the export</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Saved a copy as %1.</translation>
    </message>
    <message>
        <source>Could not save a copy: the exported file is no longer there.</source>
        <translation>Could not save a copy: the exported file is no longer there.</translation>
    </message>
    <message>
        <source>Could not save a copy: the folder %1 does not exist.</source>
        <translation>Could not save a copy: the folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Could not save a copy: no permission to write in %1.</source>
        <translation>Could not save a copy: no permission to write in %1.</translation>
    </message>
    <message>
        <source>Could not save a copy: the disk with %1 is full.</source>
        <translation>Could not save a copy: the disk with %1 is full.</translation>
    </message>
    <message>
        <source>Could not save a copy as %1: %2</source>
        <translation>Could not save a copy as %1: %2</translation>
    </message>
</context>
<context>
    <name>defex::JobStore</name>
    <message>
        <source>The queue database %1 is damaged or not a queue database (%2). Move it aside to start with an empty queue.</source>
        <translation>The queue database %1 is damaged or not a queue database (%2). Move it aside to start with an empty queue.</translation>
    </message>
    <message>
        <source>The queue database %1 was written by a newer version of definitie-export (schema %2); this version understands schema %3.</source>
        <translation>The queue database %1 was written by a newer version of definitie-export (schema %2); this version understands schema %3.</translation>
    </message>
    <message>
        <source>No folder was given for the queue database.</source>
        <translation>No folder was given for the queue database.</translation>
    </message>
    <message>
        <source>%1 is not a folder; it cannot hold the queue database.</source>
        <translation>%1 is not a folder; it cannot hold the queue database.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the queue database.</source>
        <translation>Cannot create the folder %1 for the queue database.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>No permission to read the queue database %1.</source>
        <translation>No permission to read the queue database %1.</translation>
    </message>
    <message>
        <source>Cannot create the queue database %1: %2</source>
        <translation>Cannot create the queue database %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the queue database %1: %2</source>
        <translation>Cannot open the queue database %1: %2</translation>
    </message>
    <message>
        <source>The queue database %1 is read-only and uses an older schema (%2); open it once with write access so that it can be upgraded.</source>
        <translation>The queue database %1 is read-only and uses an older schema (%2); open it once with write access so that it can be upgraded.</translation>
    </message>
    <message>
        <source>its tables are missing</source>
        <translation>its tables are missing</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>the Qt SQLite driver (QSQLITE) is not available</translation>
    </message>
    <message>
        <source>Cannot prepare the queue database %1: %2</source>
        <translation>Cannot prepare the queue database %1: %2</translation>
    </message>
    <message>
        <source>it holds other tables</source>
        <translation>it holds other tables</translation>
    </message>
    <message>
        <source>The queue database %1 is read-only; the change was not saved.</source>
        <translation>The queue database %1 is read-only; the change was not saved.</translation>
    </message>
    <message>
        <source>A job appears twice in the new order.</source>
        <translation>A job appears twice in the new order.</translation>
    </message>
    <message>
        <source>The order was not changed.</source>
        <translation>The order was not changed.</translation>
    </message>
    <message>
        <source>The queue database is not open.</source>
        <translation>The queue database is not open.</translation>
    </message>
    <message>
        <source>There is no job %1 in the queue.</source>
        <translation>There is no job %1 in the queue.</translation>
    </message>
    <message>
        <source>Job %1 is not waiting in the queue.</source>
        <translation>Job %1 is not waiting in the queue.</translation>
    </message>
    <message>
        <source>%1 (SQLite code %2)</source>
        <translation>%1 (SQLite code %2)</translation>
    </message>
    <message>
        <source>No state to change job %1 from.</source>
        <translation>No state to change job %1 from.</translation>
    </message>
    <message>
        <source>Job %1 is not in a state it can become %2 from.</source>
        <translation>Job %1 is not in a state it can become %2 from.</translation>
    </message>
</context>
<context>
    <name>defex::JobView</name>
    <message>
        <source>Export queue</source>
        <translation>Export queue</translation>
    </message>
    <message>
        <source>Running, paused and waiting exports in the order they run. Delete cancels the selected exports, Enter shows details, the context menu has every action.</source>
        <translation>Running, paused and waiting exports in the order they run. Delete cancels the selected exports, Enter shows details, the context menu has every action.</translation>
    </message>
    <message>
        <source>Finished exports</source>
        <translation>Finished exports</translation>
    </message>
    <message>
        <source>Completed, failed and cancelled exports. Delete removes the selected exports from the list, Enter shows details, the context menu has every action.</source>
        <translation>Completed, failed and cancelled exports. Delete removes the selected exports from the list, Enter shows details, the context menu has every action.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Move to top</source>
        <translation>Move to top</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move to bottom</source>
        <translation>Move to bottom</translation>
    </message>
    <message>
        <source>Keep (exempt from cleanup)</source>
        <translation>Keep (exempt from cleanup)</translation>
    </message>
</context>
<context>
    <name>defex::MainWindow</name>
    <message numerus="yes">
        <source>Cancelled %n export(s).</source>
        <translation>
            <numerusform>Cancelled %n export.</numerusform>
            <numerusform>Cancelled %n exports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n failed export(s) again.</source>
        <translation>
            <numerusform>Queued %n failed export again.</numerusform>
            <numerusform>Queued %n failed exports again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished export(s) from the list.</source>
        <translation>
            <numerusform>Removed %n finished export from the list.</numerusform>
            <numerusform>Removed %n finished exports from the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>About definitie-export</source>
        <translation>About definitie-export</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;definitie-export %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Exports definitie-app databases to CSV, Excel, JSON and text in a background queue that survives quitting and crashes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;definitie-export %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Exports definitie-app databases to CSV, Excel, JSON and text in a background queue that survives quitting and crashes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>No job selected</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>Move to &amp;top</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Move to &amp;bottom</source>
        <translation>Move to &amp;bottom</translation>
    </message>
    <message>
        <source>&amp;Keep (never clean up)</source>
        <translation>&amp;Keep (never clean up)</translation>
    </message>
    <message>
        <source>definitie-export</source>
        <translation>definitie-export</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;New export…</source>
        <translation>&amp;New export…</translation>
    </message>
    <message>
        <source>Queue a new export of a definitie-app database</source>
        <translation>Queue a new export of a definitie-app database</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation>&amp;Pause all</translation>
    </message>
    <message>
        <source>Pause every running and waiting export</source>
        <translation>Pause every running and waiting export</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>&amp;Resume all</translation>
    </message>
    <message>
        <source>Resume every paused export</source>
        <translation>Resume every paused export</translation>
    </message>
    <message>
        <source>&amp;Cancel all…</source>
        <translation>&amp;Cancel all…</translation>
    </message>
    <message>
        <source>Cancel every waiting, running and paused export</source>
        <translation>Cancel every waiting, running and paused export</translation>
    </message>
    <message>
        <source>Retry &amp;failed…</source>
        <translation>Retry &amp;failed…</translation>
    </message>
    <message>
        <source>Queue every failed export again</source>
        <translation>Queue every failed export again</translation>
    </message>
    <message>
        <source>Remove &amp;finished…</source>
        <translation>Remove &amp;finished…</translation>
    </message>
    <message>
        <source>Remove every finished export from the list (the files stay)</source>
        <translation>Remove every finished export from the list (the files stay)</translation>
    </message>
    <message>
        <source>&amp;About definitie-export</source>
        <translation>&amp;About definitie-export</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Export lists</source>
        <translation>Export lists</translation>
    </message>
    <message>
        <source>The export queue could not be opened.</source>
        <translation>The export queue could not be opened.</translation>
    </message>
    <message>
        <source>Exports are saved in %1</source>
        <translation>Exports are saved in %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n export(s)? Their partial files are deleted.</source>
        <translation>
            <numerusform>Cancel %n export? Its partial file is deleted.</numerusform>
            <numerusform>Cancel %n exports? Their partial files are deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n failed export(s) again?</source>
        <translation>
            <numerusform>Queue %n failed export again?</numerusform>
            <numerusform>Queue %n failed exports again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished export(s) from the list? The exported files stay where they are.</source>
        <translation>
            <numerusform>Remove %n finished export from the list? The exported file stays where it is.</numerusform>
            <numerusform>Remove %n finished exports from the list? The exported files stay where they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the running exports; they continue at the next start…</source>
        <translation>Stopping the running exports; they continue at the next start…</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>Could not open the folder %1.</translation>
    </message>
    <message>
        <source>Could not open the folder %1 (%2).</source>
        <translation>Could not open the folder %1 (%2).</translation>
    </message>
    <message>
        <source>Copy the path and open it in a file manager or a terminal.</source>
        <translation>Copy the path and open it in a file manager or a terminal.</translation>
    </message>
</context>
<context>
    <name>defex::NewExportDialog</name>
    <message>
        <source>Imported definitions</source>
        <translation>Imported definitions</translation>
    </message>
    <message>
        <source>Draft definitions</source>
        <translation>Draft definitions</translation>
    </message>
    <message>
        <source>Definitions in review</source>
        <translation>Definitions in review</translation>
    </message>
    <message>
        <source>Established definitions</source>
        <translation>Established definitions</translation>
    </message>
    <message>
        <source>Archived definitions</source>
        <translation>Archived definitions</translation>
    </message>
    <message>
        <source>Definitions with status %1</source>
        <translation>Definitions with status %1</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>file format in a description</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>All definitions</source>
        <translation>All definitions</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <comment>description: what, format, date</comment>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <source>Choose the definitie-app database</source>
        <translation>Choose the definitie-app database</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <source>Choose the source database (the definitie-app&apos;s definities.db).</source>
        <translation>Choose the source database (the definitie-app&apos;s definities.db).</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>The created-from date lies after the created-to date: no definition can match.</source>
        <translation>The created-from date lies after the created-to date: no definition can match.</translation>
    </message>
    <message>
        <source>The updated-from date lies after the updated-to date: no definition can match.</source>
        <translation>The updated-from date lies after the updated-to date: no definition can match.</translation>
    </message>
    <message>
        <source>The destination folder %1 does not exist.</source>
        <translation>The destination folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The destination %1 is not a folder.</source>
        <translation>The destination %1 is not a folder.</translation>
    </message>
    <message>
        <source>No permission to write in the destination folder %1.</source>
        <translation>No permission to write in the destination folder %1.</translation>
    </message>
    <message>
        <source>Counting matching definitions…</source>
        <translation>Counting matching definitions…</translation>
    </message>
    <message>
        <source>The database is busy; the number of matching definitions is not known yet.</source>
        <translation>The database is busy; the number of matching definitions is not known yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln definition(s) match</source>
        <translation>
            <numerusform>%Ln definition matches</numerusform>
            <numerusform>%Ln definitions match</numerusform>
        </translation>
    </message>
    <message>
        <source>No definition matches these filters: the export will hold no definitions.</source>
        <translation>No definition matches these filters: the export will hold no definitions.</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>definition status</comment>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>definition status</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <comment>definition status</comment>
        <translation>In review</translation>
    </message>
    <message>
        <source>Established</source>
        <comment>definition status</comment>
        <translation>Established</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>definition status</comment>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>Any context</translation>
    </message>
    <message>
        <source>New export</source>
        <translation>New export</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Matching definitions</source>
        <translation>Matching definitions</translation>
    </message>
    <message>
        <source>&amp;Add to queue</source>
        <translation>&amp;Add to queue</translation>
    </message>
    <message>
        <source>Source database</source>
        <translation>Source database</translation>
    </message>
    <message>
        <source>The definitie-app database file (definities.db)</source>
        <translation>The definitie-app database file (definities.db)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the source database</source>
        <translation>Browse for the source database</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>Statuses (none checked: all)</source>
        <translation>Statuses (none checked: all)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Categories (none checked: all)</source>
        <translation>Categories (none checked: all)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Organisational context</source>
        <translation>Organisational context</translation>
    </message>
    <message>
        <source>&amp;Organisational context:</source>
        <translation>&amp;Organisational context:</translation>
    </message>
    <message>
        <source>Legal context</source>
        <translation>Legal context</translation>
    </message>
    <message>
        <source>&amp;Legal context:</source>
        <translation>&amp;Legal context:</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>Created &amp;from:</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <source>Created &amp;to:</source>
        <translation>Created &amp;to:</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Created to</translation>
    </message>
    <message>
        <source>&amp;Updated from:</source>
        <translation>&amp;Updated from:</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Updated from</translation>
    </message>
    <message>
        <source>Updated t&amp;o:</source>
        <translation>Updated t&amp;o:</translation>
    </message>
    <message>
        <source>Updated to</source>
        <translation>Updated to</translation>
    </message>
    <message>
        <source>Minimum &amp;validation score:</source>
        <translation>Minimum &amp;validation score:</translation>
    </message>
    <message>
        <source>Filter: minimum validation score</source>
        <translation>Filter: minimum validation score</translation>
    </message>
    <message>
        <source>Minimum validation score (0 to 1)</source>
        <translation>Minimum validation score (0 to 1)</translation>
    </message>
    <message>
        <source>Search in term and definition</source>
        <translation>Search in term and definition</translation>
    </message>
    <message>
        <source>Text in the term or the definition</source>
        <translation>Text in the term or the definition</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>Detail level</source>
        <translation>Detail level</translation>
    </message>
    <message>
        <source>Basic (17 columns)</source>
        <translation>Basic (17 columns)</translation>
    </message>
    <message>
        <source>Extended (25 columns)</source>
        <translation>Extended (25 columns)</translation>
    </message>
    <message>
        <source>Complete (36 columns)</source>
        <translation>Complete (36 columns)</translation>
    </message>
    <message>
        <source>Detail &amp;level:</source>
        <translation>Detail &amp;level:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>JSON (the definitie-app&apos;s export)</source>
        <translation>JSON (the definitie-app&apos;s export)</translation>
    </message>
    <message>
        <source>Text report (TXT)</source>
        <translation>Text report (TXT)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Compress with &amp;gzip (.gz)</source>
        <translation>Compress with &amp;gzip (.gz)</translation>
    </message>
    <message>
        <source>Compress with gzip</source>
        <translation>Compress with gzip</translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation>CSV delimiter</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV &amp;delimiter:</translation>
    </message>
    <message>
        <source>Start with a byte-order &amp;mark (for Excel)</source>
        <translation>Start with a byte-order &amp;mark (for Excel)</translation>
    </message>
    <message>
        <source>CSV byte-order mark</source>
        <translation>CSV byte-order mark</translation>
    </message>
    <message>
        <source>Allow fo&amp;rmulas (cells starting with = + - @ unchanged)</source>
        <translation>Allow fo&amp;rmulas (cells starting with = + - @ unchanged)</translation>
    </message>
    <message>
        <source>CSV: allow formulas</source>
        <translation>CSV: allow formulas</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <source>The queue&apos;s export folder</source>
        <translation>The queue&apos;s export folder</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Browse for the destination folder</source>
        <translation>Browse for the destination folder</translation>
    </message>
    <message>
        <source>Destination folde&amp;r:</source>
        <translation>Destination folde&amp;r:</translation>
    </message>
    <message>
        <source>CSV (values with delimiters)</source>
        <translation>CSV (values with delimiters)</translation>
    </message>
    <message>
        <source>Excel cannot open a compressed workbook (.xlsx.gz): it has to be unpacked first. Leave gzip off to open it in Excel.</source>
        <translation>Excel cannot open a compressed workbook (.xlsx.gz): it has to be unpacked first. Leave gzip off to open it in Excel.</translation>
    </message>
</context>
<context>
    <name>defex::NoticeBar</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <source>Show the job</source>
        <translation>Show the job</translation>
    </message>
    <message>
        <source>Copy the path %1</source>
        <translation>Copy the path %1</translation>
    </message>
</context>
<context>
    <name>defex::SettingsDialog</name>
    <message>
        <source>Compress with &amp;gzip</source>
        <translation>Compress with &amp;gzip</translation>
    </message>
    <message>
        <source>Start with a &amp;byte-order mark (for Excel)</source>
        <translation>Start with a &amp;byte-order mark (for Excel)</translation>
    </message>
    <message>
        <source>Allow &amp;formulas in cells (unsafe)</source>
        <translation>Allow &amp;formulas in cells (unsafe)</translation>
    </message>
    <message>
        <source>Tell me when an export is &amp;ready or fails</source>
        <translation>Tell me when an export is &amp;ready or fails</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Exports running at the same time</source>
        <translation>Exports running at the same time</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Keep finished exports for</source>
        <translation>Keep finished exports for</translation>
    </message>
    <message>
        <source>The queue&apos;s own folder</source>
        <translation>The queue&apos;s own folder</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
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
        <translation>Text (TXT)</translation>
    </message>
    <message>
        <source>Default format</source>
        <translation>Default format</translation>
    </message>
    <message>
        <source>Default detail level</source>
        <translation>Default detail level</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation>CSV delimiter</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>E&amp;xports at the same time:</source>
        <translation>E&amp;xports at the same time:</translation>
    </message>
    <message>
        <source>&amp;Keep finished exports for:</source>
        <translation>&amp;Keep finished exports for:</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>Export &amp;folder:</translation>
    </message>
    <message>
        <source>New exports</source>
        <translation>New exports</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Detail level:</source>
        <translation>&amp;Detail level:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV &amp;delimiter:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The export folder must be a full path, such as /home/you/Exports.</source>
        <translation>The export folder must be a full path, such as /home/you/Exports.</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist.</source>
        <translation>The export folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>You cannot write in the export folder %1.</source>
        <translation>You cannot write in the export folder %1.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>Basic (17 columns)</source>
        <translation>Basic (17 columns)</translation>
    </message>
    <message>
        <source>Extended (25 columns)</source>
        <translation>Extended (25 columns)</translation>
    </message>
    <message>
        <source>Complete (36 columns)</source>
        <translation>Complete (36 columns)</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
</context>
<context>
    <name>defex::StatusIndicator</name>
    <message numerus="yes">
        <source>%n running</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Export queue: idle</source>
        <translation>Export queue: idle</translation>
    </message>
    <message>
        <source>Export queue: %1</source>
        <translation>Export queue: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent done</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Show the export queue</source>
        <translation>Show the export queue</translation>
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
            <numerusform>%Ln definition</numerusform>
            <numerusform>%Ln definitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ready</source>
        <translation>Export ready</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>%n exports ready</source>
        <translation>
            <numerusform>%n export ready</numerusform>
            <numerusform>%n exports ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports failed</source>
        <translation>
            <numerusform>%n export failed</numerusform>
            <numerusform>%n exports failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports finished: %1 ready, %2 failed</source>
        <translation>Exports finished: %1 ready, %2 failed</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running in the tray</source>
        <translation>Still running in the tray</translation>
    </message>
    <message>
        <source>The export queue keeps working. Click the tray icon to show the window, or choose Quit in its menu to stop.</source>
        <translation>The export queue keeps working. Click the tray icon to show the window, or choose Quit in its menu to stop.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>export jobs</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Export queue: idle</source>
        <translation>Export queue: idle</translation>
    </message>
    <message>
        <source>Export queue: %1</source>
        <translation>Export queue: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent done</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Show window</translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation>&amp;Pause all</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>&amp;Resume all</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>job name</comment>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <comment>job name, first line of its error</comment>
        <translation>Failed: %1 (%2)</translation>
    </message>
    <message>
        <source>Ready: %1 (%2)</source>
        <comment>job name, file name</comment>
        <translation>Ready: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>defex::ValidationMessages</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>defex::XlsxWriter</name>
    <message>
        <source>The XLSX export has no columns.</source>
        <translation>The XLSX export has no columns.</translation>
    </message>
    <message>
        <source>The XLSX writer was not started.</source>
        <translation>The XLSX writer was not started.</translation>
    </message>
    <message>
        <source>1 text was longer than Excel&apos;s cell limit of 32,767 characters and was cut (definition ids %1).</source>
        <translation>1 text was longer than Excel&apos;s cell limit of 32,767 characters and was cut (definition ids %1).</translation>
    </message>
    <message>
        <source>%1 texts were longer than Excel&apos;s cell limit of 32,767 characters and were cut (definition ids %2).</source>
        <translation>%1 texts were longer than Excel&apos;s cell limit of 32,767 characters and were cut (definition ids %2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
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
        <translation>Usage: definitie-export [COMMAND] [OPTIONS]

Commands:
  window    Open the desktop window (the default without a command).
  export    Export a definitie-app database to CSV, XLSX, JSON or TXT.
  demo-db   Create a demo database with realistic definitions.
  queue     The persistent export queue: add, list, cancel, run, watch...

Run &quot;definitie-export COMMAND --help&quot; for the options of a command.
</translation>
    </message>
</context>
</TS>
