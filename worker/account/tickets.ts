// Live tickets: a sealed pair (account object name, one-time nonce). The seal routes a ticket to
// the one object that issued it; that object records the nonce, its expiry and its single use.
// The ticket reveals nothing about the user or the apikey.
import type { Env } from "../env";
import { seal, unseal } from "./sealed";
import { hasTable } from "./tables";

export const TICKET_TTL_SECONDS = 60;

/** The header the Worker uses to hand a ticket's nonce to the account object. */
export const TICKET_NONCE_HEADER = "X-Live-Ticket-Nonce";

const CONTEXT = "live-ticket";

export function sealTicket(env: Env, accountName: string, nonce: string): Promise<string> {
  return seal(env, "live-ticket-v1", `${accountName}.${nonce}`, CONTEXT);
}

export async function openTicket(env: Env, ticket: string): Promise<{ accountName: string; nonce: string } | null> {
  if (ticket.length > 512) return null;
  const plain = await unseal(env, "live-ticket-v1", ticket, CONTEXT);
  const [accountName, nonce, extra] = plain?.split(".") ?? [];
  if (!accountName || !nonce || extra !== undefined) return null;
  return { accountName, nonce };
}

/** The nonces an account object issued, each usable once before it expires (SQLite). */
export class TicketStore {
  constructor(private readonly sql: SqlStorage) {}

  add(nonce: string, now: number): void {
    this.sql.exec("CREATE TABLE IF NOT EXISTS live_tickets (nonce TEXT PRIMARY KEY, expires INTEGER NOT NULL)");
    this.sql.exec("DELETE FROM live_tickets WHERE expires <= ?", now);
    this.sql.exec("INSERT INTO live_tickets (nonce, expires) VALUES (?, ?)", nonce, now + TICKET_TTL_SECONDS * 1000);
  }

  /** True once for a ticket this object issued and that has not expired. */
  use(nonce: string, now: number): boolean {
    if (!hasTable(this.sql, "live_tickets")) return false;
    const row = this.sql
      .exec<{ expires: number }>("DELETE FROM live_tickets WHERE nonce = ? RETURNING expires", nonce)
      .toArray()[0];
    return row !== undefined && row.expires > now;
  }
}
