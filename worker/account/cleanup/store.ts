// The account object's SQLite tables for cleanup: the rules, and the last run that deleted
// something (for the `cleanup` live message). Created by the first write: an account that never
// set a rule stores nothing here.
import { type CleanupRules, NO_CLEANUP } from "../../../protocol/cleanup";
import type { CleanupMessage } from "../../../protocol/live";
import { Tables } from "../tables";

/** The tables, made by the first write (../tables.ts). */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS cleanup_rules (
      one INTEGER PRIMARY KEY CHECK (one = 1), keep_finished INTEGER, finished_for_days INTEGER)`,
  `CREATE TABLE IF NOT EXISTS cleanup_runs (
      one INTEGER PRIMARY KEY CHECK (one = 1), run INTEGER NOT NULL, at INTEGER NOT NULL, removed TEXT NOT NULL)`,
];

export class CleanupStore {
  private readonly tables: Tables;

  constructor(private readonly sql: SqlStorage) {
    this.tables = new Tables(sql, SCHEMA);
  }

  rules(): CleanupRules {
    if (!this.tables.exist) return NO_CLEANUP;
    const row = this.sql
      .exec<{ keep_finished: number | null; finished_for_days: number | null }>(
        "SELECT keep_finished, finished_for_days FROM cleanup_rules WHERE one = 1",
      )
      .toArray()[0];
    return row ? { keepFinished: row.keep_finished, finishedForDays: row.finished_for_days } : NO_CLEANUP;
  }

  setRules(rules: CleanupRules): void {
    this.tables.make();
    this.sql.exec(
      "INSERT OR REPLACE INTO cleanup_rules (one, keep_finished, finished_for_days) VALUES (1, ?, ?)",
      rules.keepFinished,
      rules.finishedForDays,
    );
  }

  lastRun(): CleanupMessage | null {
    if (!this.tables.exist) return null;
    const row = this.sql
      .exec<{ run: number; at: number; removed: string }>("SELECT run, at, removed FROM cleanup_runs WHERE one = 1")
      .toArray()[0];
    return row ? { type: "cleanup", run: row.run, at: row.at, removed: JSON.parse(row.removed) as number[] } : null;
  }

  /** Records a run that deleted `removed`, numbered one after the last. */
  recordRun(removed: number[], now: number): CleanupMessage {
    this.tables.make();
    const run: CleanupMessage = {
      type: "cleanup",
      run: (this.lastRun()?.run ?? 0) + 1,
      at: Math.floor(now / 1000),
      removed,
    };
    this.sql.exec(
      "INSERT OR REPLACE INTO cleanup_runs (one, run, at, removed) VALUES (1, ?, ?, ?)",
      run.run,
      run.at,
      JSON.stringify(removed),
    );
    return run;
  }
}
