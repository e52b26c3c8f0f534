// "Watch in Stremio" in Settings: the account's add-on link, made on request; then Install (the
// stremio:// link opens Stremio's install dialog on this device), Copy link, a QR code for a TV
// (scanned by a phone, or read to type), and Revoke behind a confirmation.
import { createSignal, type JSX, onMount, Show } from "solid-js";
import { type Confirmation, ConfirmDialog } from "../app/ConfirmDialog";
import { ErrorLine } from "../app/ErrorLine";
import { QrCode } from "../app/QrCode";
import { useStremio } from "./context";
import "./stremio.css";
import { t } from "./strings";

export function StremioSettings(): JSX.Element {
  const [stremio, actions] = useStremio();
  const [note, setNote] = createSignal<"copied" | "revoked" | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [ask, setAsk] = createSignal<Confirmation | null>(null);

  async function attempt(work: () => Promise<void>, done: "copied" | "revoked" | null = null): Promise<void> {
    setError(null);
    setNote(null);
    try {
      await work();
      setNote(done);
    } catch (caught) {
      setError(caught);
    }
  }

  onMount(() => void attempt(actions.load));

  const confirmRevoke = () =>
    setAsk({
      title: t("revokeTitle"),
      text: t("revokeText"),
      confirm: t("revoke"),
      danger: true,
      onConfirm: () => void attempt(actions.revoke, "revoked"),
    });

  return (
    <section class="card stremio-settings" aria-labelledby="settings-stremio">
      <h2 id="settings-stremio">{t("title")}</h2>
      <p class="muted">{t("intro")}</p>
      <Show
        when={stremio.link}
        fallback={
          <Show when={stremio.link === null}>
            <button type="button" class="primary" disabled={stremio.busy} onClick={() => void attempt(actions.make)}>
              {stremio.busy ? t("making") : t("make")}
            </button>
          </Show>
        }
      >
        {(link) => (
          <div class="stremio-link">
            <div class="stremio-actions">
              <a class="button primary" href={link().installUrl}>
                {t("install")}
              </a>
              <button type="button" onClick={() => void attempt(actions.copy, "copied")}>
                {t("copy")}
              </button>
              <button type="button" class="danger" disabled={stremio.busy} onClick={confirmRevoke}>
                {t("revoke")}
              </button>
            </div>
            <p class="muted small">{t("installHint")}</p>
            <label for="stremio-manifest">{t("linkLabel")}</label>
            <input
              id="stremio-manifest"
              type="url"
              readOnly
              value={link().manifestUrl}
              onFocus={(e) => e.currentTarget.select()}
            />
            <figure class="stremio-qr">
              <QrCode value={link().manifestUrl} label={t("qrLabel")} />
              <figcaption class="muted small">{t("qrHint")}</figcaption>
            </figure>
            <p class="muted small">{t("privacy")}</p>
          </div>
        )}
      </Show>
      <Show when={note()}>{(which) => <p role="status">{t(which())}</p>}</Show>
      <ErrorLine error={error()} />
      <ConfirmDialog ask={ask()} onClose={() => setAsk(null)} />
    </section>
  );
}
