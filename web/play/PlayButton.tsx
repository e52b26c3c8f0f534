// "Play" for a video or audio file or link (nothing for other files): a link into the player
// the user picked (an Android intent, VLC's iOS URL), or the app's own player. A file not yet
// unlocked is unlocked first (`getLink`); its player opens at once while the tap still counts
// as the user's (browsers open other apps only then), else the button turns into the link.
import { createSignal, type JSX, onMount, Show } from "solid-js";
import { mediaKind } from "../../protocol/media/media-kind";
import { loadPlayer, platform, player } from "./choice";
import { setNowPlaying } from "./now-playing";
import { playAddress } from "./players";
import { t } from "./strings";

interface Props {
  name: string;
  /** The direct link, once there is one. */
  link: string | undefined;
  /** Unlocks the file when there is no link yet; resolves with it (undefined: not now, the step shows why). */
  getLink?: () => Promise<string | undefined>;
  class?: string;
}

export function PlayButton(props: Props): JSX.Element {
  onMount(() => void loadPlayer());
  const kind = () => mediaKind(props.name);
  const [getting, setGetting] = createSignal(false);
  const address = (link: string) => {
    const media = kind();
    return media ? playAddress(platform, player(), link, { title: props.name, kind: media }) : null;
  };

  function play(link: string, fromTap: boolean): void {
    const media = kind();
    if (!media) return;
    const external = address(link);
    if (!external) return void setNowPlaying({ link, name: props.name, kind: media });
    // An app can be opened only from the user's tap: late, the button (now a link) waits for another.
    if (fromTap || navigator.userActivation?.isActive !== false) location.assign(external);
  }

  async function unlockThenPlay(): Promise<void> {
    if (!props.getLink) return;
    setGetting(true);
    try {
      const link = await props.getLink();
      if (link) play(link, false);
    } finally {
      setGetting(false);
    }
  }

  const label = () => t("playNamed", { name: props.name });
  return (
    <Show when={kind()}>
      <Show
        when={props.link}
        fallback={
          <Show when={props.getLink}>
            <button
              type="button"
              class={`primary ${props.class ?? ""}`}
              aria-label={label()}
              disabled={getting()}
              onClick={() => void unlockThenPlay()}
            >
              {getting() ? t("getting") : t("play")}
            </button>
          </Show>
        }
      >
        {(link) => (
          <Show
            when={address(link())}
            fallback={
              <button
                type="button"
                class={`primary ${props.class ?? ""}`}
                aria-label={label()}
                onClick={() => play(link(), true)}
              >
                {t("play")}
              </button>
            }
          >
            {(external) => (
              <a class={`button primary ${props.class ?? ""}`} href={external()} aria-label={label()}>
                {t("play")}
              </a>
            )}
          </Show>
        )}
      </Show>
    </Show>
  );
}
