// Saving links to the account's saved links (/v4.1/user/links/save), now or from the outbox.
// AllDebrid refuses the whole call when one link of it cannot be saved (USER_LINK_INVALID):
// then the good links are saved anyway, and each refused one says why (/v4.1/link/infos tells
// what is wrong with a link: not supported, down, not a link).
import { AllDebridError, isItemError } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { online } from "../offline/online";
import { sendOrQueue } from "./send-or-queue";

export interface RefusedLink {
  link: string;
  error: unknown;
}

export type SaveOutcome = { queued: true; entry: number } | { queued: false; saved: string[]; refused: RefusedLink[] };

/** Throws only when nothing could be tried (a refused apikey, say). */
export async function saveLinks(links: string[]): Promise<SaveOutcome> {
  // Offline, each link waits on its own: one that AllDebrid refuses later fails alone.
  if (!online() && links.length > 1) {
    let entry = 0;
    for (const link of links) {
      const sent = await sendOrQueue("/v4.1/user/links/save", { "links[]": [link] });
      if (sent.queued) entry = sent.entry;
    }
    return { queued: true, entry };
  }
  try {
    const sent = await sendOrQueue("/v4.1/user/links/save", { "links[]": links });
    return sent.queued ? sent : { queued: false, saved: links, refused: [] };
  } catch (error) {
    if (!isRefusedBatch(error)) throw error;
    return saveTheGoodOnes(links, error);
  }
}

/** One link: "saved", "queued", or it throws why it was refused. */
export async function saveLink(link: string): Promise<"saved" | "queued"> {
  const outcome = await saveLinks([link]);
  if (outcome.queued) return "queued";
  if (outcome.refused[0]) throw outcome.refused[0].error;
  return "saved";
}

function isRefusedBatch(error: unknown): boolean {
  return error instanceof AllDebridError && error.code === "USER_LINK_INVALID";
}

/** Asks what is wrong with each link, saves the rest together, then one at a time if that is refused too. */
async function saveTheGoodOnes(links: string[], refusal: unknown): Promise<SaveOutcome> {
  const refused = await whyRefused(links);
  const bad = new Set(refused.map((entry) => entry.link));
  const rest = links.filter((link) => !bad.has(link));
  if (rest.length === 0) return { queued: false, saved: [], refused };
  // A lone link /link/infos finds nothing wrong with: AllDebrid's own refusal is all there is to say.
  if (links.length === 1) return { queued: false, saved: [], refused: [{ link: links[0]!, error: refusal }] };
  try {
    await callApi("/v4.1/user/links/save", { "links[]": rest });
    return { queued: false, saved: rest, refused };
  } catch (error) {
    if (!isRefusedBatch(error)) throw error;
  }
  const saved: string[] = [];
  // One call at a time: a long paste stays within AllDebrid's rate limit.
  for (const link of rest) {
    try {
      await callApi("/v4.1/user/links/save", { "links[]": [link] });
      saved.push(link);
    } catch (error) {
      refused.push({ link, error });
    }
  }
  return { queued: false, saved, refused: links.flatMap((link) => refused.filter((r) => r.link === link)) };
}

/** The links /link/infos finds something wrong with, each with that error, in the order given. */
async function whyRefused(links: string[]): Promise<RefusedLink[]> {
  try {
    const { infos } = await callApi("/v4.1/link/infos", { "link[]": links });
    return links.flatMap((link, index) => {
      const info = infos.find((entry) => entry.link === link) ?? infos[index];
      return info && isItemError(info)
        ? [{ link, error: new AllDebridError(info.error.code, info.error.message) }]
        : [];
    });
  } catch {
    return [];
  }
}
