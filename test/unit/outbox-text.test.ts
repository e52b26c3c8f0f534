// The outbox says what each waiting call does from the call itself (path and parameters), in
// English and in French, with each language's plural for the count.
import { describe, expect, it } from "vitest";
import { describeEntry } from "../../web/offline/outbox-text";

const nbsp = (text: string) => text.replaceAll("\u00a0", " ");

describe("outbox entries in the user's words", () => {
  it("names the magnets an upload adds, by their dn or their hash, singular or plural", () => {
    const one = {
      path: "/v4.1/magnet/upload",
      params: { "magnets[]": ["magnet:?xt=urn:btih:abc&dn=ubuntu.iso"] },
    } as const;
    const two = {
      path: "/v4.1/magnet/upload",
      params: { "magnets[]": ["magnet:?xt=urn:btih:abc&dn=ubuntu.iso", "0123456789abcdef0123456789abcdef01234567"] },
    } as const;
    expect(describeEntry(one, "en")).toBe("Add 1 magnet: ubuntu.iso");
    expect(describeEntry(two, "en")).toBe("Add 2 magnets: ubuntu.iso, 0123456789abcdef0123456789abcdef01234567");
    expect(nbsp(describeEntry(one, "fr"))).toBe("Ajouter 1 magnet : ubuntu.iso");
  });

  it("counts links with the language's own rule: French says 0 lien, English 0 links", () => {
    const none = { path: "/v4.1/user/links/save", params: { "links[]": [] } } as const;
    expect(describeEntry(none, "en")).toBe("Save 0 links");
    expect(describeEntry(none, "fr")).toBe("Enregistrer 0 lien");
    const three = {
      path: "/v4.1/user/links/delete",
      params: { "links[]": ["https://a/1", "https://a/2", "https://a/3"] },
    } as const;
    expect(describeEntry(three, "en")).toBe("Delete 3 saved links: https://a/1, https://a/2, https://a/3");
    expect(nbsp(describeEntry(three, "fr"))).toBe(
      "Supprimer 3 liens enregistrés : https://a/1, https://a/2, https://a/3",
    );
  });

  it("shortens a long list of names", () => {
    const links = ["https://a/1", "https://a/2", "https://a/3", "https://a/4"];
    expect(describeEntry({ path: "/v4.1/user/links/save", params: { "links[]": links } }, "en")).toBe(
      "Save 4 links: https://a/1, https://a/2, https://a/3, …",
    );
  });

  it("says how many .torrent files an upload holds, by their names", () => {
    const files = [{ name: "a.torrent", data: new Blob() }];
    expect(describeEntry({ path: "/v4.1/magnet/upload/file", params: {}, files }, "en")).toBe(
      "Add 1 .torrent file: a.torrent",
    );
    expect(
      nbsp(describeEntry({ path: "/v4.1/magnet/upload/file", params: {}, files: [...files, ...files] }, "fr")),
    ).toBe("Ajouter 2 fichiers .torrent : a.torrent, a.torrent");
  });

  it("counts the magnets of a delete or a restart, by one id or a list", () => {
    expect(describeEntry({ path: "/v4.1/magnet/delete", params: { id: 12 } }, "en")).toBe("Delete 1 magnet");
    expect(describeEntry({ path: "/v4.1/magnet/restart", params: { "ids[]": [1, 2] } }, "en")).toBe(
      "Restart 2 magnets",
    );
    expect(describeEntry({ path: "/v4.1/magnet/restart", params: { id: 3 } }, "fr")).toBe("Relancer 1 magnet");
  });

  it("words a history purge and falls back to the path for a call it has no words for", () => {
    expect(describeEntry({ path: "/v4.1/user/history/delete", params: {} }, "en")).toBe("Purge the recent history");
    expect(describeEntry({ path: "/v4.1/user/history/delete", params: {} }, "fr")).toBe("Vider l'historique récent");
    expect(describeEntry({ path: "/v4.1/link/redirector", params: { link: "x" } }, "en")).toBe("/v4.1/link/redirector");
  });

  it("reads an entry queued by an older version of the app, under /v4/, the same way", () => {
    expect(describeEntry({ path: "/v4/magnet/delete", params: { id: 12 } }, "en")).toBe("Delete 1 magnet");
    expect(describeEntry({ path: "/v4/user/history/delete", params: {} }, "fr")).toBe("Vider l'historique récent");
  });
});
