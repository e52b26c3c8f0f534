import { describe, expect, it } from "vitest";
import { AllDebridError, DOCUMENTED_ERRORS, ERROR_MESSAGES } from "../../protocol/alldebrid";
import { codeText, errorText } from "../../web/i18n/errors";
import { ERROR_TEXT_EN } from "../../web/i18n/errors-en";
import { ERROR_TEXT_FR } from "../../web/i18n/errors-fr";

const codes = Object.keys(ERROR_MESSAGES) as Array<keyof typeof ERROR_TEXT_EN>;

describe("error messages a person reads", () => {
  it("has an English and a French sentence for every documented and edge error code", () => {
    const missing = codes.filter((code) => !ERROR_TEXT_EN[code]?.trim() || !ERROR_TEXT_FR[code]?.trim());
    expect(missing).toEqual([]);
    expect(codes.length).toBeGreaterThan(70);
  });

  it("writes the French text in French, not a copy of the English", () => {
    const copied = codes.filter((code) => ERROR_TEXT_FR[code] === ERROR_TEXT_EN[code]);
    expect(copied).toEqual([]);
  });

  it("ends every sentence with punctuation, the way a person writes", () => {
    const unfinished = codes
      .flatMap((code) => [ERROR_TEXT_EN[code], ERROR_TEXT_FR[code]])
      .filter((s) => !/[.!?)]$/.test(s));
    expect(unfinished).toEqual([]);
  });

  it("shows an AllDebrid error in the chosen language", () => {
    const error = new AllDebridError("MAGNET_TOO_MANY_ACTIVE");
    expect(errorText(error, "en")).toContain("30 magnets");
    expect(errorText(error, "fr")).toContain("30 magnets en téléchargement");
    expect(errorText(new AllDebridError("LINK_DOWN"), "en")).not.toBe(DOCUMENTED_ERRORS.LINK_DOWN);
  });

  it("falls back to the upstream's message for a code it does not know", () => {
    expect(codeText("SOMETHING_NEW", "Upstream says so", "fr")).toBe("Upstream says so");
    expect(errorText(new AllDebridError("SOMETHING_NEW", "Upstream says so"), "en")).toBe("Upstream says so");
  });

  it("says the network is down when fetch itself failed, and only then", () => {
    const offline = "No network connection. Check your connection and try again.";
    expect(errorText(new TypeError("Failed to fetch"), "en")).toBe(offline);
    expect(errorText(new TypeError("Failed to fetch"), "fr")).toBe(
      "Pas de connexion au réseau. Vérifiez votre connexion et réessayez.",
    );
    // The client's code for a request that reached no server (no HTTP status).
    expect(errorText(new AllDebridError("UPSTREAM_UNAVAILABLE", undefined, 0), "en")).toBe(offline);
  });

  it("says AllDebrid did not answer the deployment when the edge says so, never to check the connection", () => {
    for (const [code, status] of [
      ["UPSTREAM_UNAVAILABLE", 502],
      ["UPSTREAM_INVALID_RESPONSE", 502],
      ["UPSTREAM_TIMEOUT", 504],
    ] as const) {
      const en = errorText(new AllDebridError(code, undefined, status), "en");
      expect(en).toMatch(/^AllDebrid .*this app's server/);
      expect(en).not.toMatch(/connection/i);
      expect(errorText(new AllDebridError(code, undefined, status), "fr")).toMatch(/serveur de l'app/);
    }
  });
});
