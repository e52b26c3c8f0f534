// The account object's SQLite tables for notifications: the devices' push subscriptions, the
// optional webhook, the outbox of notifications not yet delivered (one row per event and target,
// written in the transaction of the magnet change that caused it), and when background polling
// last started.
import type { PushPayload } from "../../../protocol/push";
import { Tables } from "../tables";

/** A browser's push subscription: where to send, and the keys to encrypt for it (RFC 8291). */
export interface StoredSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** Where one outbox row goes: a device's push endpoint, or the account's webhook. */
type Target = { kind: "push"; endpoint: string } | { kind: "webhook" };

export interface OutboxRow {
  id: number;
  target: Target;
  payload: PushPayload;
  /** Attempts started so far: 0, 1, or 2 (one retry, never more). */
  attempts: number;
  due: number;
}

/** A device that subscribes again replaces its row; past this many, the least recently subscribed goes. */
const MAX_SUBSCRIPTIONS = 20;

const WEBHOOK = "webhook";

type Row = Record<string, SqlStorageValue>;

/** The tables, made by the first write (../tables.ts). */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS notify_subscriptions (
      endpoint TEXT PRIMARY KEY, p256dh TEXT NOT NULL, auth TEXT NOT NULL, updated INTEGER NOT NULL)`,
  "CREATE TABLE IF NOT EXISTS notify_webhook (one INTEGER PRIMARY KEY CHECK (one = 1), url TEXT NOT NULL)",
  `CREATE TABLE IF NOT EXISTS notify_outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT, target TEXT NOT NULL, payload TEXT NOT NULL,
      attempts INTEGER NOT NULL, due INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS notify_background (
      one INTEGER PRIMARY KEY CHECK (one = 1), started_at INTEGER NOT NULL, polled INTEGER NOT NULL)`,
];

export class NotifyStore {
  private readonly tables: Tables;

  constructor(private readonly sql: SqlStorage) {
    this.tables = new Tables(sql, SCHEMA);
  }

  subscriptions(): StoredSubscription[] {
    if (!this.tables.exist) return [];
    return this.sql
      .exec<StoredSubscription & Row>("SELECT endpoint, p256dh, auth FROM notify_subscriptions ORDER BY updated")
      .toArray();
  }

  subscription(endpoint: string): StoredSubscription | null {
    if (!this.tables.exist) return null;
    const rows = this.sql.exec<StoredSubscription & Row>(
      "SELECT endpoint, p256dh, auth FROM notify_subscriptions WHERE endpoint = ?",
      endpoint,
    );
    return rows.toArray()[0] ?? null;
  }

  subscribe(subscription: StoredSubscription, now: number): void {
    this.tables.make();
    const { endpoint, p256dh, auth } = subscription;
    this.sql.exec(
      "INSERT OR REPLACE INTO notify_subscriptions (endpoint, p256dh, auth, updated) VALUES (?, ?, ?, ?)",
      endpoint,
      p256dh,
      auth,
      now,
    );
    const extra = this.subscriptions().slice(0, -MAX_SUBSCRIPTIONS);
    for (const old of extra) this.unsubscribe(old.endpoint);
  }

  /** Removes a subscription and whatever was waiting to go to it. */
  unsubscribe(endpoint: string): boolean {
    if (!this.tables.exist) return false;
    this.sql.exec("DELETE FROM notify_outbox WHERE target = ?", `push:${endpoint}`);
    return this.sql.exec("DELETE FROM notify_subscriptions WHERE endpoint = ?", endpoint).rowsWritten > 0;
  }

  webhook(): string | null {
    if (!this.tables.exist) return null;
    return this.sql.exec<{ url: string }>("SELECT url FROM notify_webhook WHERE one = 1").toArray()[0]?.url ?? null;
  }

  setWebhook(url: string | null): void {
    if (url === null && !this.tables.exist) return;
    this.tables.make();
    if (url === null) {
      this.sql.exec("DELETE FROM notify_webhook");
      this.sql.exec("DELETE FROM notify_outbox WHERE target = ?", WEBHOOK);
    } else {
      this.sql.exec("INSERT OR REPLACE INTO notify_webhook (one, url) VALUES (1, ?)", url);
    }
  }

  hasTargets(): boolean {
    if (!this.tables.exist) return false;
    const count = this.sql.exec<{ n: number }>(
      "SELECT (SELECT COUNT(*) FROM notify_subscriptions) + (SELECT COUNT(*) FROM notify_webhook) AS n",
    );
    return count.one().n > 0;
  }

  /** Queues one event for every target the account has now. */
  enqueue(payload: PushPayload, now: number): void {
    const text = JSON.stringify(payload);
    const targets = this.subscriptions().map((s) => `push:${s.endpoint}`);
    if (this.webhook() !== null) targets.push(WEBHOOK);
    for (const target of targets)
      this.sql.exec(
        "INSERT INTO notify_outbox (target, payload, attempts, due) VALUES (?, ?, 0, ?)",
        target,
        text,
        now,
      );
  }

  /** The rows due by `now`, oldest first. */
  due(now: number, limit: number): OutboxRow[] {
    if (!this.tables.exist) return [];
    const rows = this.sql.exec<{ id: number; target: string; payload: string; attempts: number; due: number }>(
      "SELECT id, target, payload, attempts, due FROM notify_outbox WHERE due <= ? ORDER BY id LIMIT ?",
      now,
      limit,
    );
    return rows.toArray().map((row) => ({
      id: row.id,
      target: row.target === WEBHOOK ? { kind: "webhook" } : { kind: "push", endpoint: row.target.slice(5) },
      payload: JSON.parse(row.payload) as PushPayload,
      attempts: row.attempts,
      due: row.due,
    }));
  }

  /** When the next row is due, or null when the outbox is empty. */
  nextDue(): number | null {
    if (!this.tables.exist) return null;
    return this.sql.exec<{ due: number | null }>("SELECT MIN(due) AS due FROM notify_outbox").one().due;
  }

  /** Records that an attempt starts, before it is sent, so an eviction mid-send cannot lead to a third. */
  startAttempt(id: number): void {
    this.sql.exec("UPDATE notify_outbox SET attempts = attempts + 1 WHERE id = ?", id);
  }

  retryAt(id: number, due: number): void {
    this.sql.exec("UPDATE notify_outbox SET due = ? WHERE id = ?", due, id);
  }

  done(id: number): void {
    this.sql.exec("DELETE FROM notify_outbox WHERE id = ?", id);
  }

  /** When background polling last started and whether it has polled since: { startedAt: 0 } when never. */
  background(): { startedAt: number; polled: boolean } {
    if (!this.tables.exist) return { startedAt: 0, polled: false };
    const row = this.sql
      .exec<{ started_at: number; polled: number }>("SELECT started_at, polled FROM notify_background WHERE one = 1")
      .toArray()[0];
    return { startedAt: row?.started_at ?? 0, polled: row?.polled === 1 };
  }

  setBackground(startedAt: number, polled: boolean): void {
    this.tables.make();
    this.sql.exec(
      "INSERT OR REPLACE INTO notify_background (one, started_at, polled) VALUES (1, ?, ?)",
      startedAt,
      polled ? 1 : 0,
    );
  }
}
