// Live mode of /magnet/status: per (account, session) the sandbox keeps the state it last sent
// and the counter it expects next. A new session or an out-of-sync counter gets a fullsync with
// a reset counter; otherwise only changed fields of changed magnets, and removals.
import type { Magnet, MagnetChange } from "../../../protocol/alldebrid";

/** Sessions nobody has used for a day are forgotten. */
const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

export interface LiveAnswer<M extends { id: number }> {
  counter: number;
  fullsync?: true;
  magnets: Array<M | MagnetChange>;
}

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS magnet_live_sessions (
    apikey TEXT NOT NULL,
    session TEXT NOT NULL,
    counter INTEGER NOT NULL,
    sent TEXT NOT NULL,
    touched INTEGER NOT NULL,
    PRIMARY KEY (apikey, session)
  )`);
}

/** The fields of `now` that differ from `before`, with the id; null when nothing changed. */
function changes<M extends { id: number }>(before: M, now: M): MagnetChange | null {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(now)) {
    const previous = (before as Record<string, unknown>)[key];
    if (JSON.stringify(previous) !== JSON.stringify(value)) changed[key] = value;
  }
  return Object.keys(changed).length === 0 ? null : ({ id: now.id, ...changed } as MagnetChange);
}

function diff<M extends { id: number }>(before: M[], now: M[]): MagnetChange[] {
  const previous = new Map(before.map((magnet) => [magnet.id, magnet]));
  const out: MagnetChange[] = [];
  for (const magnet of now) {
    const old = previous.get(magnet.id);
    previous.delete(magnet.id);
    if (!old) out.push(magnet as unknown as MagnetChange);
    else {
      const change = changes(old, magnet);
      if (change) out.push(change);
    }
  }
  for (const id of previous.keys()) out.push({ id, deleted: true });
  return out;
}

/**
 * One live-mode call. `scope` names the endpoint version in the stored session key, so a version
 * that shows magnets in another shape would keep sessions of its own.
 */
export function liveStatus<M extends { id: number } = Magnet>(
  sql: SqlStorage,
  key: { apikey: string; scope: string; session: string },
  counter: number,
  current: M[],
  now: number,
): LiveAnswer<M> {
  sql.exec("DELETE FROM magnet_live_sessions WHERE touched < ?", now - SESSION_TTL_MS);
  const session = `${key.scope}:${key.session}`;
  const row = sql
    .exec<{ counter: number; sent: string }>(
      "SELECT counter, sent FROM magnet_live_sessions WHERE apikey = ? AND session = ?",
      key.apikey,
      session,
    )
    .toArray()[0];
  const inSync = row !== undefined && row.counter === counter;
  const next = inSync ? counter + 1 : 1;
  sql.exec(
    `INSERT INTO magnet_live_sessions (apikey, session, counter, sent, touched) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (apikey, session) DO UPDATE SET counter = excluded.counter, sent = excluded.sent, touched = excluded.touched`,
    key.apikey,
    session,
    next,
    JSON.stringify(current),
    now,
  );
  if (!inSync) return { counter: next, fullsync: true, magnets: current };
  return { counter: next, magnets: diff(JSON.parse(row.sent) as M[], current) };
}

/** The demo keys' live mode: the static list once, then never a change. */
export function demoLiveStatus<M extends { id: number }>(counter: number, current: M[]): LiveAnswer<M> {
  if (counter === 0) return { counter: 1, fullsync: true, magnets: current };
  return { counter: counter + 1, magnets: [] };
}
