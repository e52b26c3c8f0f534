// Signing out, in Settings: the red button, the app's confirmation dialog (as for every
// destructive action), then the one signOut().
import { createSignal, type JSX } from "solid-js";
import { type Confirmation, ConfirmDialog } from "../app/ConfirmDialog";
import { signOut } from "../session/session";
import { t } from "./strings";

export function SignOutButton(): JSX.Element {
  const [ask, setAsk] = createSignal<Confirmation | null>(null);
  const confirm = () =>
    setAsk({
      title: t("signOutTitle"),
      text: t("signOutText"),
      confirm: t("signOutConfirm"),
      danger: true,
      onConfirm: () => void signOut(),
    });
  return (
    <>
      <button type="button" class="danger" onClick={confirm}>
        {t("signOut")}
      </button>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(null)} />
    </>
  );
}
