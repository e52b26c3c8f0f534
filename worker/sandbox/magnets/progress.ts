// Where a sandbox magnet stands at a given moment, computed from its hash, when its attempt
// started and the configured pace: In Queue (1 step), Downloading (2-5 steps), Compressing,
// Uploading, then Ready; failing hashes stop after one step of downloading.
import { MAGNET_STATUSES, type Magnet, type MagnetStatusCode, magnetGroup } from "../../../protocol/alldebrid";
import { type Fate, fateOf, SLOW_FACTOR } from "./fate";
import type { StoredMagnet } from "./store";

const seconds = (ms: number) => Math.floor(ms / 1000);

/** The docs' status text ("Ready", "Downloading") without the table's trailing period. */
function statusText(code: number): string {
  return MAGNET_STATUSES[code as MagnetStatusCode].status.replace(/\.$/, "");
}

function stepMs(fate: Fate, paceMs: number): number {
  return fate.kind === "slow" ? paceMs * SLOW_FACTOR : paceMs;
}

function base(magnet: StoredMagnet, statusCode: number, completedAt: number | null): Magnet {
  return {
    id: magnet.id,
    filename: magnet.name,
    size: magnet.size,
    status: statusText(statusCode),
    statusCode,
    uploadDate: seconds(magnet.uploaded),
    completionDate: completedAt === null ? 0 : seconds(completedAt),
  };
}

/** A byte of the hash (0-255), wrapping around: a deterministic source of variety. */
function hashByte(hash: string, index: number): number {
  const at = (index % 20) * 2;
  return Number.parseInt(hash.slice(at, at + 2), 16) || 0;
}

/** Transfer figures that move every step and stay plausible: seeders, speeds, bytes so far. */
function transfer(magnet: StoredMagnet, step: number, downloadSteps: number, stepSeconds: number) {
  const chunk = magnet.size / (downloadSteps + 1);
  // Speeds wander between 80% and 120% of the average from one step to the next.
  const jitter = 0.8 + (hashByte(magnet.hash, step) % 41) / 100;
  const downloading = step >= 1 && step <= downloadSteps;
  const uploading = step === downloadSteps + 2;
  return {
    downloaded: step === 0 ? 0 : downloading ? Math.floor(chunk * step) : magnet.size,
    uploaded: uploading ? Math.floor(magnet.size / 2) : 0,
    seeders: downloading ? 3 + ((hashByte(magnet.hash, 4) + step * 7) % 60) : 0,
    downloadSpeed: downloading ? Math.round((chunk / stepSeconds) * jitter) : 0,
    uploadSpeed: uploading ? Math.round((magnet.size / 2 / stepSeconds) * jitter) : 0,
  };
}

/** The magnet as /v4.1/magnet/status shows it at `now`. */
export function magnetAt(magnet: StoredMagnet, now: number, paceMs: number): Magnet {
  const fate = fateOf(magnet.hash, magnet.restarts);
  if (fate.kind === "instant") return base(magnet, 4, magnet.started);
  const length = stepMs(fate, paceMs);
  const step = Math.max(0, Math.floor((now - magnet.started) / length));
  if (fate.kind === "failing" && step >= 2) return base(magnet, fate.statusCode, null);
  const readyStep = fate.downloadSteps + 3;
  if (step >= readyStep) return base(magnet, 4, magnet.started + readyStep * length);
  const statusCode = step === 0 ? 0 : step <= fate.downloadSteps ? 1 : step === fate.downloadSteps + 1 ? 2 : 3;
  return { ...base(magnet, statusCode, null), ...transfer(magnet, step, fate.downloadSteps, length / 1000) };
}

export function isProcessing(magnet: Magnet): boolean {
  return magnetGroup(magnet.statusCode) === "processing";
}

/** Whether a magnet with this hash is Ready the moment it is uploaded. */
export function readyAtOnce(hash: string): boolean {
  return fateOf(hash, 0).kind === "instant";
}
