// Where "Play" sends a link: the player the user picked for this device. On Android an intent
// (VLC, MX Player, mpv, or the system's chooser), on iOS VLC's x-callback URL, anywhere the
// app's own player. Pure: each address is built here and tested exactly.
import type { MediaKind } from "../../protocol/media/media-kind";

export type Platform = "android" | "ios" | "desktop";

export type Player = "system" | "vlc" | "mx" | "mxpro" | "mpv" | "browser";

/** The players each kind of device can hand a link to, the default first. */
export const PLAYERS: Record<Platform, readonly Player[]> = {
  android: ["system", "vlc", "mx", "mxpro", "mpv", "browser"],
  ios: ["vlc", "browser"],
  desktop: ["browser"],
};

/** Android packages of the players an intent can name. */
const ANDROID_PACKAGES: Partial<Record<Player, string>> = {
  vlc: "org.videolan.vlc",
  mx: "com.mxtech.videoplayer.ad",
  mxpro: "com.mxtech.videoplayer.pro",
  mpv: "is.xyz.mpv",
};

/** What the browser says it runs on (User-Agent Client Hints first, the user agent string else). */
export function platformOf(
  nav: Pick<Navigator, "userAgent" | "maxTouchPoints"> & { userAgentData?: { platform?: string } },
): Platform {
  const hinted = nav.userAgentData?.platform?.toLowerCase();
  if (hinted === "android") return "android";
  if (hinted === "ios") return "ios";
  const agent = nav.userAgent;
  if (/Android/i.test(agent)) return "android";
  // iPadOS asks for desktop sites and says "Macintosh": its touch screen gives it away.
  if (/iPhone|iPad|iPod/.test(agent) || (/Macintosh/.test(agent) && nav.maxTouchPoints > 1)) return "ios";
  return "desktop";
}

/** The player used on this platform when the saved choice is not one of its own. */
export function playerFor(platform: Platform, chosen: Player | undefined): Player {
  const offered = PLAYERS[platform];
  return chosen && offered.includes(chosen) ? chosen : offered[0]!;
}

/**
 * The address that opens `link` in `player` on `platform`, or null for the app's own player.
 * An Android intent keeps the link's scheme, says the media type (so the system's chooser lists
 * only players) and, for a named player, its package (Android offers to install a missing one);
 * VLC for iOS takes the link from its x-callback URL.
 */
export function playAddress(
  platform: Platform,
  player: Player,
  link: string,
  media: { title: string; kind: MediaKind },
): string | null {
  if (player === "browser" || !PLAYERS[platform].includes(player)) return null;
  if (platform === "ios") return `vlc-x-callback://x-callback-url/stream?url=${encodeURIComponent(link)}`;
  const url = new URL(link);
  const scheme = url.protocol.replace(/:$/, "");
  const parts = ["Intent", "action=android.intent.action.VIEW", `scheme=${scheme}`, `type=${media.kind}/*`];
  const pkg = ANDROID_PACKAGES[player];
  if (pkg) parts.push(`package=${pkg}`);
  parts.push(`S.title=${encodeURIComponent(media.title)}`, "end");
  return `intent://${url.host}${url.pathname}${url.search}#${parts.join(";")}`;
}
