// Acting on one shared item: add a magnet or torrent, unlock or save a link, expand a
// redirector. Offline (or when the network drops during the call), an add, unlock or save goes
// into the outbox and is sent once when the device is back online.
import {
  AllDebridError,
  DELAYED_STATUS,
  type EndpointPath,
  isItemError,
  type RequestParams,
  type UploadFile,
} from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { enqueue } from "../offline/outbox";
import type { ShareAction, ShareItem } from "./items";

export type Outcome =
  | { kind: "added"; name: string; ready: boolean }
  | { kind: "unlocked"; link: string; filename: string }
  | { kind: "preparing"; filename: string }
  | { kind: "saved" }
  | { kind: "expanded"; links: string[] }
  | { kind: "queued" }
  | { kind: "failed"; error: unknown };

/** What the outbox shows for a queued action, in the user's words. */
export type Describe = (action: ShareAction, item: ShareItem) => string;

/** Thrown for an expand asked offline: a redirector's links cannot be waited for in the outbox. */
export class NeedsConnection extends Error {}

export async function perform(item: ShareItem, action: ShareAction, describe: Describe): Promise<Outcome> {
  try {
    const call = callFor(item, action);
    if (!navigator.onLine && action !== "expand") return await queue(call, describe(action, item));
    if (!navigator.onLine) throw new NeedsConnection();
    try {
      return await call.send();
    } catch (error) {
      const networkLost = error instanceof AllDebridError && error.code === "UPSTREAM_UNAVAILABLE";
      if (networkLost && !navigator.onLine && action !== "expand") return await queue(call, describe(action, item));
      throw error;
    }
  } catch (error) {
    return { kind: "failed", error };
  }
}

interface Call {
  path: EndpointPath;
  params: RequestParams;
  files?: UploadFile[];
  send(): Promise<Outcome>;
}

async function queue(call: Call, label: string): Promise<Outcome> {
  await enqueue(label, call.path, call.params, call.files);
  return { kind: "queued" };
}

function callFor(item: ShareItem, action: ShareAction): Call {
  if (action === "add" && item.kind === "magnet") return addMagnet(item.magnet);
  if (action === "add" && item.kind === "torrent")
    return addTorrent(item.fileName || `${item.torrent.name}.torrent`, item.data);
  if ("link" in item && item.kind !== "unsupported") {
    if (action === "unlock") return unlock(item.link);
    if (action === "save") return save(item.link);
    if (action === "expand") return expand(item.link);
  }
  throw new RangeError(`${action} does not apply to ${item.kind}`);
}

function addMagnet(magnet: string): Call {
  const params = { "magnets[]": [magnet] };
  return {
    path: "/v4/magnet/upload",
    params,
    async send() {
      const [result] = (await callApi("/v4/magnet/upload", params)).magnets;
      if (!result) throw new AllDebridError("MAGNET_NO_URI");
      if (isItemError(result)) throw new AllDebridError(result.error.code, result.error.message);
      return { kind: "added", name: result.name, ready: result.ready };
    },
  };
}

function addTorrent(name: string, data: Blob): Call {
  const files = [{ name, data }];
  return {
    path: "/v4/magnet/upload/file",
    params: {},
    files,
    async send() {
      const [result] = (await callApi("/v4/magnet/upload/file", {}, { files })).files;
      if (!result) throw new AllDebridError("MAGNET_FILE_UPLOAD_FAILED");
      if (isItemError(result)) throw new AllDebridError(result.error.code, result.error.message);
      return { kind: "added", name: result.name, ready: result.ready };
    },
  };
}

function unlock(link: string): Call {
  return {
    path: "/v4/link/unlock",
    params: { link },
    async send() {
      const unlocked = await callApi("/v4/link/unlock", { link });
      if (unlocked.delayed === undefined) return { kind: "unlocked", link: unlocked.link, filename: unlocked.filename };
      const ready = await waitForDelayed(unlocked.delayed);
      return ready
        ? { kind: "unlocked", link: ready, filename: unlocked.filename }
        : { kind: "preparing", filename: unlocked.filename };
    },
  };
}

/** The docs ask for a poll every few seconds; after a minute the link is left to the Links screen. */
async function waitForDelayed(id: number): Promise<string | undefined> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const delayed = await callApi("/v4/link/delayed", { id });
    if (delayed.status === DELAYED_STATUS.ready && delayed.link) return delayed.link;
    if (delayed.status === DELAYED_STATUS.error) throw new AllDebridError("LINK_ERROR");
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  return undefined;
}

function save(link: string): Call {
  const params = { "links[]": [link] };
  return {
    path: "/v4/user/links/save",
    params,
    async send() {
      await callApi("/v4/user/links/save", params);
      return { kind: "saved" };
    },
  };
}

function expand(link: string): Call {
  return {
    path: "/v4/link/redirector",
    params: { link },
    async send() {
      const { links } = await callApi("/v4/link/redirector", { link });
      return { kind: "expanded", links };
    },
  };
}
