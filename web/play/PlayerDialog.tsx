// The app's own player: a modal <dialog> with the browser's <video> or <audio> and its controls,
// for what this browser can play; when it cannot, it says so and offers the link instead.
import { createEffect, createSignal, type JSX, Match, onCleanup, Switch } from "solid-js";
import { nowPlaying, setNowPlaying } from "./now-playing";
import { t } from "./strings";

export default function PlayerDialog(): JSX.Element {
  let dialog: HTMLDialogElement | undefined;
  const [failed, setFailed] = createSignal(false);
  const [copied, setCopied] = createSignal(false);
  createEffect(() => {
    const playing = nowPlaying();
    setFailed(false);
    setCopied(false);
    if (playing && dialog && !dialog.open) dialog.showModal();
  });
  onCleanup(() => dialog?.close());
  const close = () => setNowPlaying(null);
  const copy = async (link: string) => {
    await navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <dialog ref={dialog} class="player-dialog" aria-labelledby="player-title" onClose={close} onCancel={close}>
      <div class="player-head">
        <h2 id="player-title">{t("nowPlaying", { name: nowPlaying()?.name ?? "" })}</h2>
        <button type="button" onClick={() => dialog?.close()}>
          {t("close")}
        </button>
      </div>
      <Switch>
        <Match when={failed() && nowPlaying()}>
          {(playing) => (
            <div class="player-failed">
              <p role="alert">{t("cannotPlay")}</p>
              <div class="row">
                <a class="button primary" href={playing().link} target="_blank" rel="noopener noreferrer">
                  {t("openTab")}
                </a>
                <button type="button" onClick={() => void copy(playing().link)}>
                  {copied() ? t("copied") : t("copy")}
                </button>
              </div>
            </div>
          )}
        </Match>
        <Match when={nowPlaying()?.kind === "audio" && nowPlaying()}>
          {(playing) => (
            // biome-ignore lint/a11y/useMediaCaption: a user's own file comes with no caption track the app could offer
            <audio class="player-media" src={playing().link} controls autoplay onError={() => setFailed(true)} />
          )}
        </Match>
        <Match when={nowPlaying()}>
          {(playing) => (
            // biome-ignore lint/a11y/useMediaCaption: a user's own file comes with no caption track the app could offer
            <video
              class="player-media"
              src={playing().link}
              controls
              autoplay
              playsinline
              onError={() => setFailed(true)}
            />
          )}
        </Match>
      </Switch>
    </dialog>
  );
}
