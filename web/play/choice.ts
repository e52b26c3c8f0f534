// The player this device plays with: what the user picked in Settings (kept with the settings in
// IndexedDB), among those its platform offers; the platform's default until then.
import { createSignal } from "solid-js";
import { getSetting, setSetting } from "../offline/db";
import { PLAYERS, type Platform, type Player, platformOf, playerFor } from "./players";

const PLAYER_SETTING = "play.player";

/** This device's kind, read once. */
export const platform: Platform = platformOf(navigator);

const [chosen, setChosen] = createSignal<Player | undefined>(undefined);

let loading: Promise<void> | undefined;

/** Reads the saved choice (once); Settings and every Play button call it. */
export function loadPlayer(): Promise<void> {
  loading ??= getSetting<Player>(PLAYER_SETTING).then(
    (saved) => {
      if (saved && chosen() === undefined) setChosen(saved);
    },
    () => undefined,
  );
  return loading;
}

/** The player "Play" uses now. */
export function player(): Player {
  return playerFor(platform, chosen());
}

/** The players this device can pick from, the default first. */
export const offeredPlayers: readonly Player[] = PLAYERS[platform];

export async function choosePlayer(next: Player): Promise<void> {
  setChosen(next);
  await setSetting(PLAYER_SETTING, next);
}
