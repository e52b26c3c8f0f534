// Sign-in by PIN: the code shown large, a button that opens AllDebrid's PIN page (on a phone,
// the way to approve it from the phone itself), a QR code of that page for another device
// (second, behind a disclosure, on a phone, and drawn once opened), the time left. The code is checked every 1.5 s and
// whenever the app comes back to the front (web/session/pin.ts). Every line has its room before
// the code arrives: nothing moves.
import { createSignal, onCleanup, onMount, Show } from "solid-js";
import { Dynamic } from "solid-js/web";
import { ErrorLine } from "../app/ErrorLine";
import { useMediaQuery } from "../app/media-query";
import { formatCountdown } from "../i18n/countdown";
import { createPinSignIn } from "../session/pin";
import { t } from "./strings";

/**
 * A phone (or any touch screen): approving happens right here, the QR code is for someone else.
 * signin.css lays the screen out by the same query, so the frame rendered at build time fits too.
 */
const PHONE = "(max-width: 599px), (pointer: coarse)";

export function PinSignIn(props: { onApikey: (key: string) => Promise<void> }) {
  const [state, actions] = createPinSignIn((key) => props.onApikey(key));
  // The QR code's encoder is the largest part of this screen: it loads beside the code's request
  // rather than before the screen works, and the code shows with its QR code (or without one, if
  // the encoder could not load).
  const [encoder, setEncoder] = createSignal<typeof import("../app/QrCode") | null>();
  const pin = () => (encoder() === undefined ? null : state.pin);
  const error = () => state.error;
  const phone = useMediaQuery(PHONE);
  // On a phone the QR code is drawn once asked for: most never open it, and encoding one is the
  // longest task of a stranger's first load there.
  const [asked, setAsked] = createSignal(false);
  const secondsLeft = () => Math.max(0, (state.expiresAt - state.now) / 1000);

  /** Back from AllDebrid's page (another tab, another app): look at once. */
  const onVisible = () => {
    if (document.visibilityState === "visible") actions.checkNow();
  };

  onMount(() => {
    void actions.newPin();
    // A task later: the screen works first, then its largest part comes.
    setTimeout(() => void import("../app/QrCode").then(setEncoder, () => setEncoder(null)));
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    onCleanup(() => {
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
    });
  });

  const host = () => {
    const url = pin()?.user_url;
    return url ? new URL(url).host : "alldebrid.com";
  };
  /** The QR code where this layout shows it (the other place keeps its room only). */
  const qr = (here: boolean) => (
    <Show when={here && encoder() && pin()} fallback={<div class="qr qr-placeholder" aria-hidden="true" />}>
      {(current) => <Dynamic component={encoder()!.QrCode} value={current().user_url} label={t("qrLabel")} />}
    </Show>
  );

  return (
    <section class="card signin-pin" aria-labelledby="pin-heading">
      <div class="pin-main">
        <h2 id="pin-heading">{t("pinHeading")}</h2>
        <p class="muted pin-steps">{t("pinSteps")}</p>
        <p class="pin-code">
          <span class="visually-hidden">{t("pinLabel")}: </span>
          <strong data-testid={pin() ? "pin" : undefined} aria-busy={pin() ? undefined : "true"}>
            {pin()?.pin ?? "····"}
          </strong>
        </p>
        <Show
          when={pin()}
          fallback={
            <span class="button primary pin-open" aria-disabled="true">
              {t("pinOpen", { host: host() })}
            </span>
          }
        >
          {(current) => (
            <a class="button primary pin-open" href={current().user_url} target="_blank" rel="noopener">
              {t("pinOpen", { host: host() })}
            </a>
          )}
        </Show>
        <p class="muted small pin-status" aria-live="off">
          <Show when={pin()} fallback={t("loadingPin")}>
            {t("expiresIn", { time: formatCountdown(secondsLeft()) })} · <span role="status">{t("waiting")}</span>
          </Show>
        </p>
        <ErrorLine error={error()} />
        <Show when={error() && !pin()}>
          <button type="button" onClick={() => void actions.newPin()}>
            {t("newPin")}
          </button>
        </Show>
      </div>
      {/* A computer: the QR code beside the code, for the phone nearby. */}
      <div class="pin-qr">
        {qr(!phone())}
        <p class="muted small">{t("qrHint")}</p>
      </div>
      {/* A phone: the QR code second, behind a disclosure, for another device. */}
      <details class="pin-qr-later" onToggle={(event) => setAsked(event.currentTarget.open)}>
        <summary>{t("qrOther")}</summary>
        {qr(phone() && asked())}
      </details>
    </section>
  );
}
