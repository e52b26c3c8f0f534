// Saving links to the account's saved links (/v4.1/user/links/save), now or from the outbox.
import { type Sent, sendOrQueue } from "./send-or-queue";

export function saveLinks(links: string[]): Promise<Sent<"/v4.1/user/links/save">> {
  return sendOrQueue("/v4.1/user/links/save", { "links[]": links });
}
