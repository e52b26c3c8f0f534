// Play: which files are media, which player each kind of device offers, and the exact address
// each player is handed (an Android intent per app, or the chooser; VLC's iOS x-callback URL).
import { describe, expect, it } from "vitest";
import { mediaKind } from "../../protocol/media/media-kind";
import { PLAYERS, platformOf, playAddress, playerFor } from "../../web/play/players";

const LINK = "https://dl.example.net/dl/abc123/Big%20Buck%20Bunny.mkv?token=x1";
const film = { title: "Big Buck Bunny (2008).mkv", kind: "video" as const };

describe("what can be played", () => {
  it("knows video and audio files by their extension, and nothing else", () => {
    expect(mediaKind("Film.MKV")).toBe("video");
    expect(mediaKind("Film.sample.mp4")).toBe("video");
    expect(mediaKind("Track 01.flac")).toBe("audio");
    expect(mediaKind("README.txt")).toBeNull();
    expect(mediaKind("archive.part1.rar")).toBeNull();
  });
});

describe("the player of each device", () => {
  it("tells Android, iOS (iPadOS too) and a desktop apart", () => {
    const android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36";
    expect(platformOf({ userAgent: android, maxTouchPoints: 5 })).toBe("android");
    expect(platformOf({ userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)", maxTouchPoints: 5 })).toBe(
      "ios",
    );
    expect(platformOf({ userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", maxTouchPoints: 5 })).toBe("ios");
    expect(platformOf({ userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", maxTouchPoints: 0 })).toBe(
      "desktop",
    );
    expect(platformOf({ userAgent: "x", maxTouchPoints: 0, userAgentData: { platform: "Android" } })).toBe("android");
  });

  it("offers each platform its players, the default first, and falls back to it", () => {
    expect(PLAYERS.android[0]).toBe("system");
    expect(PLAYERS.ios).toEqual(["vlc", "browser"]);
    expect(PLAYERS.desktop).toEqual(["browser"]);
    expect(playerFor("desktop", "vlc")).toBe("browser");
    expect(playerFor("android", "mpv")).toBe("mpv");
    expect(playerFor("ios", undefined)).toBe("vlc");
  });
});

describe("the address Play opens", () => {
  const intent = (extra: string) =>
    `intent://dl.example.net/dl/abc123/Big%20Buck%20Bunny.mkv?token=x1#Intent;action=android.intent.action.VIEW;scheme=https;type=video/*;${extra}S.title=Big%20Buck%20Bunny%20(2008).mkv;end`;

  it("hands Android's chooser the link as a video, with no app named", () => {
    expect(playAddress("android", "system", LINK, film)).toBe(intent(""));
  });

  it("names VLC, MX Player (free and Pro) and mpv by their packages", () => {
    expect(playAddress("android", "vlc", LINK, film)).toBe(intent("package=org.videolan.vlc;"));
    expect(playAddress("android", "mx", LINK, film)).toBe(intent("package=com.mxtech.videoplayer.ad;"));
    expect(playAddress("android", "mxpro", LINK, film)).toBe(intent("package=com.mxtech.videoplayer.pro;"));
    expect(playAddress("android", "mpv", LINK, film)).toBe(intent("package=is.xyz.mpv;"));
  });

  it("says audio for a song, and keeps an http link's scheme", () => {
    expect(
      playAddress("android", "vlc", "http://dl.example.net/song.flac", { title: "Song.flac", kind: "audio" }),
    ).toBe(
      "intent://dl.example.net/song.flac#Intent;action=android.intent.action.VIEW;scheme=http;type=audio/*;package=org.videolan.vlc;S.title=Song.flac;end",
    );
  });

  it("opens VLC for iOS through its x-callback URL, the link encoded whole", () => {
    expect(playAddress("ios", "vlc", LINK, film)).toBe(
      "vlc-x-callback://x-callback-url/stream?url=https%3A%2F%2Fdl.example.net%2Fdl%2Fabc123%2FBig%2520Buck%2520Bunny.mkv%3Ftoken%3Dx1",
    );
  });

  it("plays in the app itself when the choice is the browser, or not a player of this device", () => {
    expect(playAddress("android", "browser", LINK, film)).toBeNull();
    expect(playAddress("desktop", "browser", LINK, film)).toBeNull();
    expect(playAddress("ios", "mpv", LINK, film)).toBeNull();
  });
});
