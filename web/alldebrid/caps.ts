// What an add refused by one of AllDebrid's caps becomes (docs/caps.md). At 30 processing
// (MAGNET_TOO_MANY_ACTIVE) it joins the account's waiting line, which every device shows and an
// open device sends from once a slot frees. At 1000 magnets (MAGNET_TOO_MANY), with a cleanup rule
// on, the oldest finished magnets make room and it is sent again, once; with none, the outcome
// offers to (makeRoom). The deployment's own API does the deleting and keeps the line.

import { AllDebridError, infoHashOf } from "../../protocol/alldebrid";
import type { JoinLineBody, OldestBody } from "../../protocol/api-bodies";
import { type CleanupRules, cleanupOn, type OldestDeleted } from "../../protocol/cleanup";
import type { WaitingLine } from "../../protocol/line";
import { btihToHex } from "../../protocol/torrent";
import { appApi } from "../api/app-api";
import { apikey } from "../session/session";
import { type Added, refusedWith, replaceOutcomes } from "./added";

/** How the add that met a cap can be sent again, and what its inputs wait in the line as. */
export interface CapsHandling {
  /** The same add again for these inputs, caps left alone (it is the one retry). */
  resend(inputs: string[]): Promise<Added[]>;
  /** An input as a magnet link and name for the line; null when it cannot wait there. */
  lineEntry(input: string): Promise<{ magnet: string; name: string } | null>;
}

export async function withinCaps(added: Added[], caps: CapsHandling): Promise<Added[]> {
  let outcomes = added;
  const full = inputsRefused(outcomes, "MAGNET_TOO_MANY");
  if (full.length > 0) outcomes = await atTheLimit(outcomes, full, caps);
  const busy = inputsRefused(outcomes, "MAGNET_TOO_MANY_ACTIVE");
  if (busy.length > 0) outcomes = await intoTheLine(outcomes, busy, caps);
  return outcomes;
}

function inputsRefused(added: Added[], code: string): string[] {
  return added.filter((outcome) => refusedWith(outcome, code)).map((outcome) => outcome.input);
}

/** At 1000 magnets: make room at once when a rule is on, else offer to; an offer is kept if either fails. */
async function atTheLimit(added: Added[], inputs: string[], caps: CapsHandling): Promise<Added[]> {
  const makeRoom = () => makeRoomAndResend(inputs, caps);
  const offered = added.map((outcome) =>
    refusedWith(outcome, "MAGNET_TOO_MANY") ? { ...outcome, makeRoom } : outcome,
  );
  try {
    const rules = await appApi<CleanupRules>("/api/cleanup", { apikey: apikey() });
    return cleanupOn(rules) ? replaceOutcomes(added, await makeRoom()) : offered;
  } catch {
    return offered;
  }
}

/** Deletes as many of the oldest finished magnets as inputs were refused, then sends them again. */
async function makeRoomAndResend(inputs: string[], caps: CapsHandling): Promise<Added[]> {
  const { removed } = await appApi<OldestDeleted>("/api/cleanup/oldest", {
    method: "POST",
    apikey: apikey(),
    json: { count: inputs.length } satisfies OldestBody,
  });
  // Nothing finished to delete: the refusal stands, said as such.
  if (removed.length === 0)
    return inputs.map((input) => ({ input, ok: false, error: new AllDebridError("MAGNET_TOO_MANY") }));
  const again = await caps.resend(inputs);
  return again.map((outcome) =>
    outcome.ok && outcome.queued === false ? { ...outcome, madeRoom: removed.length } : outcome,
  );
}

/** At 30 processing: the inputs wait in the account's line; where it cannot take them, the refusal stands. */
async function intoTheLine(added: Added[], inputs: string[], caps: CapsHandling): Promise<Added[]> {
  const entries = new Map<string, { magnet: string; name: string }>();
  for (const input of inputs) {
    const entry = await caps.lineEntry(input);
    if (entry) entries.set(input, entry);
  }
  if (entries.size === 0) return added;
  let line: WaitingLine;
  try {
    line = await appApi<WaitingLine>("/api/line", {
      method: "POST",
      apikey: apikey(),
      json: { magnets: [...entries.values()] } satisfies JoinLineBody,
    });
  } catch {
    return added;
  }
  const places = line.magnets.map((waiting) => hashOfLink(waiting.magnet));
  return added.map((outcome): Added => {
    const entry = entries.get(outcome.input);
    const position = entry ? places.indexOf(hashOfLink(entry.magnet)) + 1 : 0;
    return entry && position > 0
      ? { input: outcome.input, ok: true, queued: "line", position, name: entry.name }
      : outcome;
  });
}

function hashOfLink(magnet: string): string {
  const hash = infoHashOf(magnet);
  return hash ? btihToHex(hash) : magnet;
}
