// The SQLite tables of one part of the account object (live sync, notifications, cleanup, the
// waiting line, the Stremio link, the hashes), made by the part's first write: an account that
// never used a part stores nothing for it, and reading it touches no table.
export class Tables {
  private made: boolean;

  /** `schema`: each table's CREATE TABLE statement. */
  constructor(
    private readonly sql: SqlStorage,
    private readonly schema: readonly string[],
  ) {
    // Every one: a table added to a part later is made for an account that has the others.
    this.made = schema.every((statement) => hasTable(sql, tableOf(statement)));
  }

  /** Whether the part has ever written (its reads find nothing otherwise). */
  get exist(): boolean {
    return this.made;
  }

  /** Before a write. */
  make(): void {
    if (this.made) return;
    for (const statement of this.schema) this.sql.exec(statement);
    this.made = true;
  }
}

export function hasTable(sql: SqlStorage, table: string): boolean {
  return sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", table).toArray().length > 0;
}

function tableOf(statement: string): string {
  const name = /CREATE TABLE IF NOT EXISTS (\w+)/.exec(statement)?.[1];
  if (!name) throw new Error(`not a CREATE TABLE IF NOT EXISTS statement: ${statement.slice(0, 60)}`);
  return name;
}
