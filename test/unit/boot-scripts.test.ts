// The app's two inline boot scripts (web/boot/) run only because the CSP names the hash of each
// one's exact text: a script edited without its new hash would not run at all (the build stops
// on it too: scripts/first-frame-plugin.ts).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INLINE_SCRIPT_HASHES } from "../../worker/security/inline-scripts";

const hashOf = (path: string) =>
  `'sha256-${createHash("sha256")
    .update(readFileSync(new URL(`../../web/boot/${path}`, import.meta.url), "utf8"))
    .digest("base64")}'`;

describe("the inline boot scripts and the CSP", () => {
  it("allows each boot script by the hash of its text, and nothing else inline", () => {
    expect([...INLINE_SCRIPT_HASHES].sort()).toEqual([hashOf("head.js"), hashOf("first-frame.js")].sort());
  });
});
