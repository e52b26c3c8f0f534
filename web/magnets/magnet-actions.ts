// What can be done to one magnet, the same from its row's menu and its details: see its files,
// restart it (failed), copy or share its magnet link or hash (when its hash is known), delete it.
import type { Magnet } from "../../protocol/alldebrid";
import { magnetGroup } from "../../protocol/alldebrid";
import { hashOf, magnetLinkOf } from "../alldebrid";
import type { MenuItem } from "../app/ActionMenu";
import { t } from "./strings";

export interface MagnetHandlers {
  onOpen?: () => void;
  open?: boolean;
  onDelete: () => void;
  onRestart: () => void;
  /** A short confirmation or error ("Magnet link copied."). */
  onNote: (text: string) => void;
}

async function copy(text: string, done: string, onNote: (text: string) => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    onNote(done);
  } catch {
    onNote(text);
  }
}

/** The magnet link (and hash) items, when the hash is known. */
function linkItems(magnet: Magnet, onNote: (text: string) => void): MenuItem[] {
  const hash = hashOf(magnet);
  if (!hash) return [];
  const link = magnetLinkOf(hash, magnet.filename);
  const items: MenuItem[] = [
    { label: t("copyMagnet"), onSelect: () => void copy(link, t("copiedMagnet"), onNote) },
    { label: t("copyHash"), onSelect: () => void copy(hash, t("copiedHash"), onNote) },
  ];
  if ("share" in navigator) {
    items.push({
      label: t("shareMagnet"),
      onSelect: () => void navigator.share({ title: magnet.filename, text: link }).catch(() => undefined),
    });
  }
  return items;
}

export function magnetMenu(magnet: Magnet, handlers: MagnetHandlers): MenuItem[] {
  const group = magnetGroup(magnet.statusCode);
  const items: MenuItem[] = [];
  if (handlers.onOpen) {
    items.push({ label: handlers.open ? t("hideDetails") : t("details"), onSelect: handlers.onOpen });
  }
  if (group === "error") items.push({ label: t("restart"), onSelect: handlers.onRestart });
  items.push(...linkItems(magnet, handlers.onNote));
  items.push({ label: t("delete"), danger: true, onSelect: handlers.onDelete });
  return items;
}
