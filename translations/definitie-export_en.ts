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
        <source>The file to write.</source>
        <translation>The file to write.</translation>
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
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
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
        <translation>Usage: definitie-export queue SUBCOMMAND [OPTIONS]

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
</translation>
    </message>
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
        <source>The file to write.</source>
        <translation>The file to write.</translation>
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
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
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
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
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
        <source>Rows</source>
        <comment>column: definitions exported</comment>
        <translation>Rows</translation>
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
        <source>Usage: definitie-export COMMAND [OPTIONS]

Commands:
  export    Export a definitie-app database to CSV, XLSX, JSON or TXT.
  demo-db   Create a demo database with realistic definitions.
  queue     The persistent export queue: add, list, cancel, run, watch...

Run &quot;definitie-export COMMAND --help&quot; for the options of a command.
</source>
        <translation>Usage: definitie-export COMMAND [OPTIONS]

Commands:
  export    Export a definitie-app database to CSV, XLSX, JSON or TXT.
  demo-db   Create a demo database with realistic definitions.
  queue     The persistent export queue: add, list, cancel, run, watch...

Run &quot;definitie-export COMMAND --help&quot; for the options of a command.
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
