// How a share reaches the screen: /share?id= (stored by the service worker), /share?magnet=
// (the magnet: protocol handler), /share?title=&text=&url= (the Worker, when no service worker
// took the POST), or files opened with the app (file_handlers, through launchQueue). Whatever
// came in the URL is stored first, so the address can then carry only its id.
import { keepShare, newShare } from "./kept-shares";

export const SHARE_PROBLEMS = ["unreadable", "not-stored", "files-not-kept", "too-long", "launch-failed"] as const;
export type ShareProblem = (typeof SHARE_PROBLEMS)[number];

export interface Arrival {
  shareId?: string;
  problems: ShareProblem[];
}

export async function takeArrival(search: URLSearchParams): Promise<Arrival> {
  const problems = search
    .getAll("error")
    .filter((code): code is ShareProblem => (SHARE_PROBLEMS as readonly string[]).includes(code));
  const id = search.get("id");
  if (id) return { shareId: id, problems };
  const text = [search.get("magnet"), search.get("text")].filter(Boolean).join("\n");
  const title = search.get("title") ?? "";
  const url = search.get("url") ?? "";
  if (!text && !title && !url) return { problems };
  const payload = newShare({ title, text, url });
  await keepShare(payload);
  return { shareId: payload.id, problems };
}

interface LaunchParams {
  targetURL?: string;
  files: ReadonlyArray<{ getFile(): Promise<File> }>;
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/**
 * Launches of the installed app: .torrent files opened with it (file_handlers) and magnet:
 * links (protocol_handlers). The manifest's launch_handler focuses an open window without
 * navigating it, so this listens from start-up whatever screen is showing: opened files become
 * a share of their own, and the window goes to the share screen.
 */
export function listenForLaunches(): void {
  const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((params) => void takeLaunch(params));
}

async function takeLaunch(params: LaunchParams): Promise<void> {
  if (params.files.length > 0) {
    try {
      const files = await Promise.all(params.files.map((handle) => handle.getFile()));
      const payload = newShare({ files: files.map((file) => ({ name: file.name, type: file.type, data: file })) });
      await keepShare(payload);
      location.assign(`/share?id=${encodeURIComponent(payload.id)}`);
    } catch {
      location.assign("/share?error=launch-failed");
    }
    return;
  }
  const target = params.targetURL ? new URL(params.targetURL) : undefined;
  if (target?.origin === location.origin && target.pathname === "/share" && target.href !== location.href) {
    location.assign(target.href);
  }
}
