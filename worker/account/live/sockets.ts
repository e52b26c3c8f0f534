// The devices connected to one account object: what each socket has been sent (kept in its
// attachment, so it survives hibernation), guarded sends, fan-out of a tick, and closing all.
import type { PatchMessage, ServerMessage } from "../../../protocol/live";

export interface SocketAttachment {
  /** The version this socket holds: the next patch it gets starts here. */
  version: number;
  /** When this socket last asked for a snapshot by hello (the last second's worth). */
  snapshotsAt: number[];
}

export function attachmentOf(ws: WebSocket): SocketAttachment | null {
  return ws.deserializeAttachment() as SocketAttachment | null;
}

/** Sends one message; false when the socket is already gone (its close handler tidies up). */
export function sendText(ws: WebSocket, text: string): boolean {
  try {
    ws.send(text);
    return true;
  } catch {
    return false;
  }
}

/** Sends a message that brings the socket to `version` and records that it holds it now. */
export function sendAndRecord(
  ws: WebSocket,
  message: ServerMessage,
  version: number,
  text?: string,
  snapshotsAt = attachmentOf(ws)?.snapshotsAt ?? [],
): void {
  if (!sendText(ws, text ?? JSON.stringify(message))) return;
  ws.serializeAttachment({ version, snapshotsAt } satisfies SocketAttachment);
}

/**
 * Sends a tick to every socket: the patch text (serialised once) to sockets at its `from`, and
 * a catch-up message to any socket that is elsewhere (it missed a send, or resumed meanwhile).
 */
export function fanOut(sockets: WebSocket[], patch: PatchMessage, catchUp: (from: number) => ServerMessage): void {
  const text = JSON.stringify(patch satisfies ServerMessage);
  for (const ws of sockets) {
    const held = attachmentOf(ws)?.version;
    if (held === patch.from) sendAndRecord(ws, patch, patch.to, text);
    else sendAndRecord(ws, catchUp(held ?? 0), patch.to);
  }
}

/** Sends one message (a snapshot after a reset) to every socket. */
export function sendToAll(sockets: WebSocket[], message: ServerMessage, version: number): void {
  const text = JSON.stringify(message);
  for (const ws of sockets) sendAndRecord(ws, message, version, text);
}

/** Closes every socket with a code from LIVE_CLOSE; the reason is at most 123 bytes by protocol. */
export function closeAll(sockets: WebSocket[], code: number, reason: string): void {
  const short = reason.length > 120 ? `${reason.slice(0, 117)}...` : reason;
  for (const ws of sockets) {
    try {
      ws.close(code, short);
    } catch {
      // Already closed.
    }
  }
}
