// A write to the account, sent now or kept in the outbox: offline (offline/online.ts), or when
// the request could not reach a server at all, the call waits in the outbox and is sent once
// when the device is back. Every screen's writes go through here, so they all decide alike.
import type { CurrentPath, DataOf, ParamsOf, RequestParams, UploadFile } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { isUnreachable, online } from "../offline/online";
import { enqueue } from "../offline/outbox";

/** The answer of a call sent now, or `queued` for one that waits in the outbox (`entry`: its outbox id). */
export type Sent<P extends CurrentPath> = { queued: false; data: DataOf<P> } | { queued: true; entry: number };

/** Throws the AllDebridError of a refused call; a queued call has no answer yet. */
export async function sendOrQueue<P extends CurrentPath>(
  path: P,
  params: ParamsOf<P>,
  files?: UploadFile[],
): Promise<Sent<P>> {
  if (!online()) return queue(path, params, files);
  try {
    return { queued: false, data: await callApi(path, params, files ? { files } : undefined) };
  } catch (error) {
    if (isUnreachable(error)) return queue(path, params, files);
    throw error;
  }
}

async function queue<P extends CurrentPath>(path: P, params: ParamsOf<P>, files?: UploadFile[]): Promise<Sent<P>> {
  return { queued: true, entry: await enqueue(path, params as RequestParams, files) };
}
