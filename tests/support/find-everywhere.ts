import type { Db } from "../../lib/db/client";

// Every column of every table in every schema (the app's, graphile_worker's, the audit log),
// read as text (json, jsonb and arrays included), searched for each of `needles`: where a
// volunteer's data may still be after it should be gone. Answers "schema.table.column: needle".

export async function findEverywhere(db: Db, needles: string[]): Promise<string[]> {
  const columns = await db.$queryRaw<{ schema: string; table: string; column: string }[]>`
    SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
      FROM information_schema.columns c
      JOIN information_schema.tables t
        ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE t.table_type = 'BASE TABLE'
       AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
       AND c.table_schema NOT LIKE 'pg_toast%'
     ORDER BY 1, 2, 3`;
  if (columns.length < 20) throw new Error(`only ${columns.length} columns found: is the schema there?`);
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const hits: string[] = [];
  for (const { schema, table, column } of columns) {
    for (const needle of needles) {
      const [row] = await db.$queryRawUnsafe<{ found: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM ${quote(schema)}.${quote(table)}
                         WHERE strpos(lower(${quote(column)}::text), lower($1)) > 0) AS found`,
        needle,
      );
      if (row?.found) hits.push(`${schema}.${table}.${column}: ${needle}`);
    }
  }
  return hits;
}
