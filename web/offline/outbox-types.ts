// An action taken while offline: one AllDebrid call, kept until it has been sent once.
import type { EndpointPath, RequestParams } from "../../protocol/alldebrid";

export type OutboxState = "queued" | "sending" | "sent" | "failed";

export interface OutboxEntry {
  id?: number;
  /** What the user did, in their words ("Add magnet ubuntu.iso"). */
  label: string;
  path: EndpointPath;
  params: RequestParams;
  files?: Array<{ name: string; data: Blob }>;
  createdAt: number;
  state: OutboxState;
  /** The error code of a failed send; INTERRUPTED when the app closed mid-send. */
  error?: string;
  sentAt?: number;
}
