import { describe, expect, it, vi } from "vitest";
import { toJsRegExp } from "../../protocol/alldebrid";
import { HOSTS, REDIRECTORS, STREAMS } from "../../worker/sandbox/hosts/catalogue";
import { call, newKey } from "./sandbox-client";

vi.setConfig({ testTimeout: 30_000 });

interface Service {
  name: string;
  type: string;
  domains: string[];
  regexp: string;
  status?: boolean;
}

describe("/v4.1/user", () => {
  it("answers every documented field with its documented type", async () => {
    const { data } = await call<{ user: Record<string, unknown> }>("/v4.1/user", newKey());
    const user = data.user;
    expect(typeof user.username).toBe("string");
    expect(user.email).toMatch(/@/);
    expect(user).toMatchObject({
      isPremium: true,
      isSubscribed: true,
      isTrial: false,
      lang: "en",
      preferedDomain: "fr",
    });
    expect(user.premiumUntil).toBeGreaterThan(Date.now() / 1000);
    expect(Number.isInteger(user.fidelityPoints)).toBe(true);
    expect(user.limitedHostersQuotas).toEqual({ katfile: 20480, rapidgator: 51200 });
    expect(user.notifications).toEqual(["SANDBOX_WELCOME"]);
    expect(user).not.toHaveProperty("remainingTrialQuota");
  });

  it("speaks French for a key ending in -fr, and for the demo keys as AllDebrid's default", async () => {
    const french = await call<{ user: { lang: string } }>("/v4.1/user", `${newKey()}-fr`);
    expect(french.data.user.lang).toBe("fr");
    const demo = await call<{ user: { lang: string } }>("/v4.1/user", "staticDemoApikeyPrem");
    expect(demo.data.user.lang).toBe("fr");
  });

  it("clears a notification", async () => {
    const key = newKey();
    const cleared = await call("/v4.1/user/notification/clear", key, { code: "SANDBOX_WELCOME" });
    expect(cleared.data).toEqual({ message: "Notification was cleared" });
    const { data } = await call<{ user: { notifications: string[] } }>("/v4.1/user", key);
    expect(data.user.notifications).toEqual([]);
  });

  it("lowers a limited host's quota as links are unlocked", async () => {
    const key = newKey();
    await call("/v4.1/link/unlock", key, { link: "https://rapidgator.net/file/12345/size-104857600/movie.mkv" });
    const { data } = await call<{ user: { limitedHostersQuotas: Record<string, number> } }>("/v4.1/user", key);
    expect(data.user.limitedHostersQuotas.rapidgator).toBe(51200 - 100);
  });
});

describe("/v4.1/user/hosts and the deprecated /v4/user/hosts", () => {
  it("lists every host for premium, with quota, quotaMax, quotaType and limitSimuDl where limited", async () => {
    const answer = await call<{ hosts: Record<string, Record<string, unknown>> }>(
      "/v4.1/user/hosts",
      newKey(),
      {},
      {
        method: "GET",
      },
    );
    expect(answer).not.toHaveProperty("deprecated");
    expect(Object.keys(answer.data).sort()).toEqual(["hosts"]);
    expect(Object.keys(answer.data.hosts)).toHaveLength(HOSTS.length);
    expect(answer.data.hosts.rapidgator).toMatchObject({
      name: "rapidgator",
      type: "premium",
      quota: 51200,
      quotaMax: 51200,
      quotaType: "traffic",
      limitSimuDl: 5,
    });
    expect(answer.data.hosts.nitroflare).toMatchObject({ quotaType: "nb_download", quotaMax: 50 });
    expect(Array.isArray(answer.data.hosts.mega?.regexps)).toBe(true);
  });

  it("lists only free hosts for a free account, and trial hosts for a trial one", async () => {
    const free = await call<{ hosts: Record<string, { type: string }> }>("/v4.1/user/hosts", newKey("sandboxfree"));
    expect(Object.values(free.data.hosts).every((host) => host.type === "free")).toBe(true);
    const trial = await call<{ hosts: Record<string, unknown> }>("/v4.1/user/hosts", newKey("sandboxtrial"));
    expect(Object.keys(trial.data.hosts)).toContain("1fichier");
    expect(Object.keys(trial.data.hosts)).not.toContain("rapidgator");
  });

  it("adds streams and redirectors on the deprecated /v4/user/hosts, with deprecated: true", async () => {
    const answer = await call<{ hosts: object; streams: Record<string, { regexps: string[] }>; redirectors: object }>(
      "/v4/user/hosts",
      newKey(),
    );
    expect(answer.deprecated).toBe(true);
    expect(answer.data.streams.youtube?.regexps.length).toBeGreaterThan(0);
    expect(answer.data.redirectors).toHaveProperty("dlprotect");
    const hostsOnly = await call("/v4/user/hosts", newKey(), { hostsOnly: "true" });
    expect(Object.keys(hostsOnly.data)).toEqual(["hosts"]);
  });
});

describe("public hosts endpoints", () => {
  it("answers /v4/hosts with hosts, streams and redirectors as Service objects, and hostsOnly", async () => {
    const all = await call<Record<string, Record<string, Service>>>("/v4.1/hosts", null, {}, { method: "GET" });
    expect(Object.keys(all.data).sort()).toEqual(["hosts", "redirectors", "streams"]);
    expect(all.data.hosts?.mega).toMatchObject({ name: "mega", type: "premium", domains: ["mega.nz", "mega.co.nz"] });
    expect(typeof all.data.streams?.twitch?.regexp).toBe("string");
    const only = await call("/v4.1/hosts", null, { hostsOnly: "1" }, { method: "GET" });
    expect(Object.keys(only.data)).toEqual(["hosts"]);
  });

  it("answers /v4/hosts/domains with every domain, and /v4/hosts/priority with an order", async () => {
    const domains = await call<{ hosts: string[]; streams: string[]; redirectors: string[] }>(
      "/v4.1/hosts/domains",
      null,
    );
    expect(domains.data.hosts).toContain("rg.to");
    expect(domains.data.streams).toContain("youtu.be");
    expect(domains.data.redirectors).toContain("adf.ly");
    const priority = await call<{ hosts: Record<string, number> }>("/v4.1/hosts/priority", null);
    expect(priority.data.hosts.example).toBe(1);
    expect(new Set(Object.values(priority.data.hosts)).size).toBe(Object.keys(priority.data.hosts).length);
  });

  it("has regexps that compile in JavaScript (after (?P<name>)) and match the links the docs list", async () => {
    const samples: Record<string, string> = {
      example: "https://example.com/somefile",
      mediafire: "https://www.mediafire.com/file/abcdefghij12",
      sendspace: "https://www.sendspace.com/file/abc123",
      "1fichier": "https://1fichier.com/?abcde12345",
      mega: "https://mega.nz/file/AbCdEfGh",
      turbobit: "https://turbobit.net/abcdefgh12.html",
      ddownload: "https://ddownload.com/abcdefghij12",
      uploadgig: "https://uploadgig.com/file/download/AbCdEfGh12345678",
      katfile: "https://katfile.com/abcdefghij12",
      rapidgator: "https://rapidgator.net/file/0123456789abcdef0123456789abcdef",
      nitroflare: "https://nitroflare.com/view/ABC123",
      youtube: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      dailymotion: "https://www.dailymotion.com/video/x8pnn16",
      vimeo: "https://vimeo.com/123456",
      twitch: "https://www.twitch.tv/someone/videos/highlights",
      dlprotect: "https://dl-protect1.com/abc123",
      adfly: "https://adf.ly/AbC123",
      ouo: "https://ouo.io/AbC123",
    };
    for (const service of [...HOSTS, ...STREAMS, ...REDIRECTORS]) {
      const regexps = service.regexps.map((pcre) => toJsRegExp(pcre));
      expect(
        regexps.every((regexp) => regexp !== null),
        service.name,
      ).toBe(true);
      const sample = samples[service.name] ?? "";
      expect(
        regexps.some((regexp) => regexp?.test(sample)),
        service.name,
      ).toBe(true);
    }
  });
});
