// Unlocking a link into a download link, for every screen: with a password when the host asks
// for one, and through a stream's quality (the only one, or the best when asked, is taken at
// once). A delayed link is returned as such; followDelayed (delayed.ts) waits for it.
import { AllDebridError, type StreamingData, type StreamQuality, type UnlockData } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { sendOrQueue } from "./send-or-queue";

/** What an unlock gave: a download link, qualities to choose from, or a link the host is preparing. */
export type Unlocked =
  | { step: "ready"; link: string; filename: string; size: number }
  | { step: "quality"; generation: string; streams: StreamQuality[]; filename: string; size: number }
  | { step: "delayed"; delayedId: number; filename: string; size: number };

export interface ReadOptions {
  signal?: AbortSignal;
  /** A stream takes its best quality at once rather than asking (a share's default action). */
  bestQuality?: boolean;
}

export interface UnlockOptions extends ReadOptions {
  /** The host's password for a protected link (LINK_PASS_PROTECTED asks for one). */
  password?: string;
}

/** Throws the AllDebridError of a refused link (LINK_PASS_PROTECTED when a password is needed or wrong). */
export async function unlockLink(link: string, options: UnlockOptions = {}): Promise<Unlocked> {
  const params = options.password === undefined ? { link } : { link, password: options.password };
  return readUnlock(await callApi("/v4.1/link/unlock", params, { signal: options.signal }), options);
}

/** An unlock, or, offline, the outbox entry that will send it once the device is back. */
export type UnlockedOrQueued = Unlocked | { step: "queued"; entry: number };

/** unlockLink, kept in the outbox when offline (sendOrQueue); its answer is then read with readUnlock. */
export async function unlockOrQueue(link: string, options: UnlockOptions = {}): Promise<UnlockedOrQueued> {
  const params = options.password === undefined ? { link } : { link, password: options.password };
  const sent = await sendOrQueue("/v4.1/link/unlock", params);
  if (sent.queued) return { step: "queued", entry: sent.entry };
  return readUnlock(sent.data, options);
}

/** Where an unlock answer leads. */
export async function readUnlock(data: UnlockData, options: ReadOptions = {}): Promise<Unlocked> {
  const { signal } = options;
  const file = { filename: data.filename, size: data.filesize };
  if (data.delayed) return { step: "delayed", delayedId: data.delayed, ...file };
  if (data.streams && data.streams.length > 1) {
    const best = options.bestQuality ? bestStream(data.streams) : undefined;
    if (best) return chooseStream(data.id, best.id, signal);
    return { step: "quality", generation: data.id, streams: data.streams, ...file };
  }
  if (!data.link && data.streams?.length === 1) return chooseStream(data.id, data.streams[0]!.id, signal);
  if (!data.link) throw new AllDebridError("LINK_ERROR");
  return { step: "ready", link: data.link, ...file };
}

/** Asks for one quality of an unlocked stream (`generation` is the unlock's id): a link, or a delayed one. */
export async function chooseStream(generation: string, streamId: string, signal?: AbortSignal): Promise<Unlocked> {
  const data: StreamingData = await callApi("/v4.1/link/streaming", { id: generation, stream: streamId }, { signal });
  const file = { filename: data.filename, size: data.filesize };
  if (data.link) return { step: "ready", link: data.link, ...file };
  if (data.delayed) return { step: "delayed", delayedId: data.delayed, ...file };
  throw new AllDebridError("LINK_ERROR");
}

/** The quality offered first: the best video; audio-only streams have a text quality ("mp3"). */
export function bestStream(streams: readonly StreamQuality[]): StreamQuality | undefined {
  const videos = streams.filter((stream) => typeof stream.quality === "number");
  return videos.sort((a, b) => Number(b.quality) - Number(a.quality))[0] ?? streams[0];
}
