// The questions asked before a delete, for one magnet (by name) or many (by count), before
// deleting all the failed or finished ones, and before cancelling an add queued offline. (A
// restart destroys nothing and asks nothing.)
import { type Magnet, magnetGroup } from "../../protocol/alldebrid";
import type { Confirmation } from "../app/ConfirmDialog";
import type { PendingAdd } from "./pending-adds";
import { t } from "./strings";

export function deleteQuestion(magnets: Magnet[], onConfirm: (ids: number[]) => void): Confirmation | null {
  if (magnets.length === 0) return null;
  const one = magnets.length === 1 ? magnets[0] : undefined;
  return {
    title: one ? t("confirmDeleteOne", { name: one.filename }) : t("confirmDeleteMany", { count: magnets.length }),
    text: t("confirmDeleteText", { count: magnets.length }),
    confirm: t("delete"),
    danger: true,
    onConfirm: () => onConfirm(magnets.map((m) => m.id)),
  };
}

/** "Delete all failed" / "Delete all finished": the magnets of that state, by count. */
export function deleteAllQuestion(
  group: "error" | "ready",
  magnets: Magnet[],
  onConfirm: (ids: number[]) => void,
): Confirmation | null {
  const those = magnets.filter((m) => magnetGroup(m.statusCode) === group);
  if (those.length === 0) return null;
  const title = group === "error" ? "confirmDeleteAllFailed" : "confirmDeleteAllFinished";
  return {
    title: t(title, { count: those.length }),
    text: t("confirmDeleteText", { count: those.length }),
    confirm: t("delete"),
    danger: true,
    onConfirm: () => onConfirm(those.map((m) => m.id)),
  };
}

/** Stopping an add queued offline: it leaves the outbox (with the other magnets of the same add). */
export function cancelPendingQuestion(pending: PendingAdd, onConfirm: () => void): Confirmation {
  return {
    title:
      pending.together > 1
        ? t("cancelTitleMany", { count: pending.together })
        : t("cancelTitle", { name: pending.name }),
    text: t("cancelText"),
    confirm: t("cancelConfirm"),
    danger: true,
    onConfirm,
  };
}
