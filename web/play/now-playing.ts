// What the app's own player shows (one player for the whole app, like its one confirmation
// dialog): set by a Play button, cleared when the player closes.
import { createSignal } from "solid-js";
import type { MediaKind } from "../../protocol/media/media-kind";

export interface NowPlaying {
  link: string;
  name: string;
  kind: MediaKind;
}

const [nowPlaying, setNowPlaying] = createSignal<NowPlaying | null>(null);

export { nowPlaying, setNowPlaying };
