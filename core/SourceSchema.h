#pragma once

// The definitie-app's database schema (SCHEMA.md): tables, indexes and the update trigger,
// as SQL, for the demo database and for test fixtures.

namespace defex {

// Every statement, separated by semicolons, ready for sqlite3_exec.
const char *definitieAppSchemaSql();

} // namespace defex
