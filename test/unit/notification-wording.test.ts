import { describe, expect, it } from "vitest";
import { magnetsDonePayload } from "../../protocol/push";
import { notificationTarget, notificationText } from "../../web/notifications/wording";

const ready = (id: number, name: string) => ({ id, name, statusCode: 4 });
const failed = (id: number, name: string) => ({ id, name, statusCode: 7 });

describe("what a notification says", () => {
  it("names one Ready magnet, with a Copy links action, in English and French", () => {
    const payload = magnetsDonePayload("m1", 0, [ready(7, "debian.iso")]);
    expect(notificationText(payload, "en")).toEqual({
      title: "Magnet ready",
      body: "debian.iso",
      copyLinks: "Copy links",
    });
    expect(notificationText(payload, "fr")).toEqual({
      title: "Magnet prêt",
      body: "debian.iso",
      copyLinks: "Copier les liens",
    });
  });

  it("says a magnet failed without offering its links", () => {
    const payload = magnetsDonePayload("m2", 0, [failed(8, "broken.iso")]);
    expect(notificationText(payload, "en")).toEqual({ title: "Magnet failed", body: "broken.iso", copyLinks: null });
    expect(notificationText(payload, "fr").title).toBe("Échec du magnet");
  });

  it("groups magnets that finished together, with the right plural, three names then an ellipsis", () => {
    const payload = magnetsDonePayload("m3", 0, [ready(1, "a"), ready(2, "b"), ready(3, "c"), failed(4, "d")]);
    expect(notificationText(payload, "en")).toEqual({
      title: "3 magnets ready, 1 failed",
      body: "a, b, c…",
      copyLinks: null,
    });
    expect(notificationText(payload, "fr").title).toBe("3 magnets prêts, 1 en échec");
    const two = magnetsDonePayload("m4", 0, [failed(5, "x"), failed(6, "y")]);
    expect(notificationText(two, "en")).toEqual({ title: "2 failed", body: "x, y", copyLinks: null });
  });

  it("opens the app on the magnet, or to copy its links, and on the list for several", () => {
    const one = magnetsDonePayload("m5", 0, [ready(7, "debian.iso")]);
    expect(notificationTarget(one, "")).toBe("/?magnet=7");
    expect(notificationTarget(one, "copy-links")).toBe("/?magnet=7&copy=links");
    const several = magnetsDonePayload("m6", 0, [ready(1, "a"), ready(2, "b")]);
    expect(notificationTarget(several, "")).toBe("/");
  });

  it("says magnets wait in the line and the app must open to send them, in both languages, with the plural", () => {
    const two = { kind: "line-can-move", event: "line1", at: 1, waiting: 2 } as const;
    expect(notificationText(two, "en")).toEqual({
      title: "AllDebrid has room again",
      body: "2 magnets are waiting: open Debrid to send them",
      copyLinks: null,
    });
    expect(notificationText({ ...two, waiting: 1 }, "fr").body).toBe("1 magnet attend : ouvrez Debrid pour l'envoyer");
    expect(notificationTarget(two, "")).toBe("/");
  });
});
