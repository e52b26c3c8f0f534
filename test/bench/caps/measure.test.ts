// The workerd half of the caps bench (run by test/bench/caps.bench.mjs, never by `npm test`):
// 100 finished magnets written straight into the sandbox, a device connected, then a rule that
// keeps none. It prints one `CAPS_BENCH {row}` line per result: magnet/delete calls (one per
// magnet, as the endpoint takes one id), how long they take within the key's budget, the most
// key's calls the sandbox refused for going past 12 a second, and the live patch delay of magnets another client adds
// meanwhile (slow ones, which the rule leaves alone), against the same delay just before.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { it } from "vitest";
import { listMagnets } from "../../../worker/sandbox/magnets/store";
import { sandboxStub } from "../../../worker/sandbox/stub";
import { waitUntil } from "../../wait-until";
import { appJson, insertProcessing, insertReady } from "../../worker/caps-helpers";
import { Device, newKey } from "../../worker/live-helpers";
import { sandboxStats } from "../../worker/sandbox-hooks";

const FINISHED = 100;
const ROUNDS = 2;
/** The production pace (vitest.config.ts beside this file): a magnet added lands on the device within it. */
const POLL_ACTIVE_MS = 2000;

function report(metric: string, value: number, unit: string, target?: string, pass?: boolean): void {
  console.log(`CAPS_BENCH ${JSON.stringify({ metric, value, unit, target, pass })}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A slow magnet (processing for the whole bench) added by another client, straight into the sandbox. */
async function addSlow(apikey: string): Promise<number> {
  const [id] = await insertProcessing(apikey, 1);
  return id as number;
}

/** Adds a slow magnet every 200-400 ms until `until()` says stop; each one's delay to the device. */
async function patchDelays(apikey: string, device: Device, until: () => boolean): Promise<number[]> {
  const delays: Array<Promise<number>> = [];
  while (!until()) {
    const added = Date.now();
    const id = await addSlow(apikey);
    delays.push(
      waitUntil(() => device.magnets.has(id), "the magnet on the device", { everyMs: 5, timeoutMs: 30_000 }).then(
        () => Date.now() - added,
      ),
    );
    await sleep(200 + Math.random() * 200);
  }
  return Promise.all(delays);
}

interface Round {
  deletes: number;
  seconds: number;
  deviceSeconds: number;
  /** Calls of the key the sandbox answered 429 for going past 12 a second or 600 a minute. */
  refused: number;
  quiet: number[];
  busy: number[];
}

async function round(): Promise<Round> {
  const apikey = newKey();
  await addSlow(apikey);
  await insertReady(apikey, FINISHED);
  const device = await Device.connect(apikey);
  await waitUntil(() => device.magnets.size === FINISHED + 1, "the snapshot");
  let quietDone = false;
  const quietWindow = sleep(6 * POLL_ACTIVE_MS).then(() => {
    quietDone = true;
  });
  const quiet = await patchDelays(apikey, device, () => quietDone);
  await quietWindow;

  const readyLeft = async () =>
    (await runInDurableObject(sandboxStub(env), (_i, state) => listMagnets(state.storage.sql, apikey))).filter(
      (magnet) => magnet.hash.startsWith("0"),
    ).length;
  let cleaned = false;
  const deletesBefore = (await sandboxStats(apikey)).calls["/v4.1/magnet/delete"] ?? 0;
  const start = Date.now();
  await appJson("/api/cleanup", apikey, "POST", { keepFinished: 0, finishedForDays: null });
  const busy = patchDelays(apikey, device, () => cleaned);
  await waitUntil(async () => (await readyLeft()) === 0, "every finished magnet gone upstream", {
    everyMs: 20,
    timeoutMs: 120_000,
  });
  const seconds = (Date.now() - start) / 1000;
  const finishedOnDevice = () => [...device.magnets.values()].filter((m) => m.statusCode === 4).length;
  await waitUntil(() => finishedOnDevice() === 0, "the removals on the device", { everyMs: 5, timeoutMs: 30_000 });
  const deviceSeconds = (Date.now() - start) / 1000;
  cleaned = true;
  const stats = await sandboxStats(apikey);
  const deletes = (stats.calls["/v4.1/magnet/delete"] ?? 0) - deletesBefore;
  const result = { deletes, seconds, deviceSeconds, refused: stats.rateLimited, quiet, busy: await busy };
  device.close();
  return result;
}

it("cleans 100 finished magnets at once within the budget while a device follows the live feed", {
  timeout: 600_000,
}, async () => {
  const rounds: Round[] = [];
  for (let n = 0; n < ROUNDS; n++) rounds.push(await round());
  for (const [n, r] of rounds.entries()) {
    const label = `round ${n + 1}`;
    report(`${label}: magnet/delete calls for 100 finished magnets`, r.deletes, "calls", "= 100", r.deletes === 100);
    report(`${label}: all 100 deleted upstream after`, r.seconds, "s");
    report(`${label}: deletes per second`, r.deletes / r.seconds, "calls/s", "<= 12", r.deletes / r.seconds <= 12);
    report(`${label}: all 100 gone on the connected device after`, r.deviceSeconds, "s");
    report(
      `${label}: calls the sandbox refused for going past 12 a second`,
      r.refused,
      "calls",
      "= 0",
      r.refused === 0,
    );
    report(
      `${label}: live patch delay during the cleanup, median of ${r.busy.length}`,
      median(r.busy),
      "ms",
      "<= 3000",
      median(r.busy) <= 3000,
    );
    report(`${label}: live patch delay during the cleanup, slowest`, Math.max(...r.busy), "ms");
    report(`${label}: live patch delay just before, median of ${r.quiet.length}`, median(r.quiet), "ms");
  }
  const busy = rounds.flatMap((r) => r.busy);
  const quiet = rounds.flatMap((r) => r.quiet);
  const ratio = median(busy) / (median(quiet) || 1);
  report(
    "live patch delay, during the cleanup vs just before (medians, all rounds)",
    ratio,
    "ratio",
    "<= 1.5",
    ratio <= 1.5,
  );
});
