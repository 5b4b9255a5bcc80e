import { createReadStream, createWriteStream } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The app's tables (schema public), children before parents never mattering: see loadTables. */
export async function tablesOf(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  )
  return rows.map((row) => row.name)
}

export interface DatabaseSnapshot {
  tables: Record<string, { rows: number }>
  sequences: Record<string, number | null>
  migrations: string[]
}

/**
 * Writes every table to `dir/<table>.copy` from ONE snapshot: a REPEATABLE READ, read-only
 * transaction sees the database as it was when it began, whatever editors save meanwhile, and
 * blocks none of them. (pg_dump would do the same, but Debian 12's client is PostgreSQL 15 and
 * refuses the embedded server's 18.)
 */
export async function dumpDatabase(
  client: pg.ClientBase,
  dir: string,
  log: (line: string) => void,
): Promise<DatabaseSnapshot> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  try {
    const snapshot: DatabaseSnapshot = { tables: {}, sequences: {}, migrations: [] }
    for (const table of await tablesOf(client)) {
      await pipeline(
        client.query(copyTo(`COPY ${quote(table)} TO STDOUT`)),
        createWriteStream(path.join(dir, `${table}.copy`)),
      )
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`)
      snapshot.tables[table] = { rows: rows[0]!.n }
      log(`  table ${table}: ${rows[0]!.n} rows`)
    }
    const sequences = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
    )
    for (const row of sequences.rows) snapshot.sequences[row.name] = row.value === null ? null : Number(row.value)
    const migrations = await client.query<{ name: string }>(`SELECT name FROM payload_migrations ORDER BY id`)
    snapshot.migrations = migrations.rows.map((row) => row.name).filter((name) => name !== 'dev')
    await client.query('COMMIT')
    return snapshot
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function parentsFirst(client: pg.ClientBase, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`,
  )
  const unquote = (name: string) => name.replace(/^"|"$/g, '')
  const ordered: string[] = []
  const visiting = new Set<string>()
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return
    visiting.add(table)
    for (const edge of rows) if (unquote(edge.child) === table) visit(unquote(edge.parent))
    ordered.push(table)
  }
  tables.forEach(visit)
  return ordered.filter((table) => tables.includes(table))
}

/**
 * Loads every table's rows (the schema exists: the migrations made it) in one transaction, parents
 * before children so that every foreign key holds as rows arrive. Nothing is visible until COMMIT;
 * a failure leaves the tables as they were.
 */
export async function loadTables(client: pg.ClientBase, dir: string, tables: string[], log: (line: string) => void) {
  await client.query('BEGIN')
  try {
    await client.query(`TRUNCATE ${tables.map(quote).join(', ')} CASCADE`)
    for (const table of await parentsFirst(client, tables)) {
      await pipeline(
        createReadStream(path.join(dir, `${table}.copy`)),
        client.query(copyFrom(`COPY ${quote(table)} FROM STDIN`)),
      )
      log(`  table ${table}: loaded`)
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}

export async function setSequences(client: pg.ClientBase, sequences: Record<string, number | null>): Promise<void> {
  for (const [name, value] of Object.entries(sequences)) {
    if (value === null) await client.query(`SELECT setval($1, 1, false)`, [name])
    else await client.query(`SELECT setval($1, $2, true)`, [name, value])
  }
}

export async function rowCounts(client: pg.ClientBase, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`)
    counts[table] = rows[0]!.n
  }
  return counts
}
