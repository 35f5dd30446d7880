#pragma once

// The definitie-app's database schema (SCHEMA.md): tables, indexes and the update trigger,
// as SQL, for the demo database and for test fixtures.

namespace defex {

// Every statement, separated by semicolons, ready for sqlite3_exec.
const char *definitieAppSchemaSql();

// The same schema in two parts, for bulk loads: filling the tables first and building the
// secondary indexes afterwards (one sort each) is much faster than maintaining them per row.
const char *definitieAppTableSql(); // tables and the update trigger
const char *definitieAppIndexSql(); // the secondary indexes

} // namespace defex
