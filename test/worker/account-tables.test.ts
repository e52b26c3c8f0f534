// The account object's tables of one part (worker/account/tables.ts): nothing stored until the
// part writes, and a table the part gained in a later version made for an account that has the rest.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Account } from "../../worker/account";
import { hasTable, Tables } from "../../worker/account/tables";

const OLD = "CREATE TABLE IF NOT EXISTS part_old (id INTEGER PRIMARY KEY)";
const ADDED = "CREATE TABLE IF NOT EXISTS part_added (id INTEGER PRIMARY KEY)";

describe("an account part's tables", () => {
  it("makes none until the part writes, then all of them", async () => {
    await runInDurableObject(env.ACCOUNT.get(env.ACCOUNT.newUniqueId()), async (_instance: Account, state) => {
      const sql = state.storage.sql;
      const tables = new Tables(sql, [OLD, ADDED]);
      expect(tables.exist).toBe(false);
      expect(hasTable(sql, "part_old")).toBe(false);
      tables.make();
      expect(tables.exist).toBe(true);
      expect([hasTable(sql, "part_old"), hasTable(sql, "part_added")]).toEqual([true, true]);
      // The next start of the object finds them.
      expect(new Tables(sql, [OLD, ADDED]).exist).toBe(true);
    });
  });

  it("makes a table added by a later version for an account that has the part's older tables", async () => {
    await runInDurableObject(env.ACCOUNT.get(env.ACCOUNT.newUniqueId()), async (_instance: Account, state) => {
      const sql = state.storage.sql;
      new Tables(sql, [OLD]).make();
      const upgraded = new Tables(sql, [OLD, ADDED]);
      expect(upgraded.exist).toBe(false);
      upgraded.make();
      expect(hasTable(sql, "part_added")).toBe(true);
    });
  });
});
