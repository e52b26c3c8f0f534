// Adding magnets (links or info hashes) and .torrent files to the account: one outcome per line
// or file, whether it was added (and is ready at once), waits in the outbox, or was refused.
import { AllDebridError, type DataOf, type ItemError, isItemError, type UploadFile } from "../../protocol/alldebrid";
import { type Sent, sendOrQueue } from "./send-or-queue";

/** A magnet or .torrent file as the upload answered it: shown until the live feed has it whole. */
export interface UploadedMagnet {
  id: number;
  name: string;
  size: number;
  ready: boolean;
}

/** `input` is the line or file name as given. */
export type Added =
  | { input: string; ok: true; queued: false; magnet: UploadedMagnet }
  | { input: string; ok: true; queued: true }
  | { input: string; ok: false; error: unknown };

/** Adds magnet links or hashes in one call. */
export async function addMagnets(magnets: string[]): Promise<Added[]> {
  return outcomes(
    magnets,
    () => sendOrQueue("/v4.1/magnet/upload", { "magnets[]": magnets }),
    (data) => data.magnets.map((item) => [item.magnet, item]),
  );
}

/** Adds .torrent files in one call. */
export async function addTorrents(files: UploadFile[]): Promise<Added[]> {
  return outcomes(
    files.map((file) => file.name),
    () => sendOrQueue("/v4.1/magnet/upload/file", {}, files),
    (data) => data.files.map((item) => [item.file, item]),
  );
}

type Answered = UploadedMagnet | ItemError;

async function outcomes<P extends "/v4.1/magnet/upload" | "/v4.1/magnet/upload/file">(
  inputs: string[],
  send: () => Promise<Sent<P>>,
  itemsOf: (data: DataOf<P>) => Array<[input: string, item: Answered]>,
): Promise<Added[]> {
  let sent: Sent<P>;
  try {
    sent = await send();
  } catch (error) {
    return inputs.map((input) => ({ input, ok: false, error }));
  }
  if (sent.queued) return inputs.map((input) => ({ input, ok: true, queued: true }));
  const added = itemsOf(sent.data).map(([input, item]): Added => {
    if (isItemError(item)) return { input, ok: false, error: new AllDebridError(item.error.code, item.error.message) };
    return {
      input,
      ok: true,
      queued: false,
      magnet: { id: item.id, name: item.name, size: item.size, ready: item.ready },
    };
  });
  // One outcome per input, even when the answer left one out.
  for (const input of inputs.slice(added.length)) {
    added.push({ input, ok: false, error: new AllDebridError("MAGNET_UPLOAD_FAILED") });
  }
  return added;
}
