// The sandbox's apikey conventions: which key opens which kind of account. Deterministic, so
// tests and people pick the account they need by the key's prefix (see docs/sandbox.md).

export type Plan = "premium" | "trial" | "free";

/** The documented static demo keys: answers are static and carry `demo`. */
export const DEMO_KEYS: Readonly<Record<string, Plan>> = {
  staticDemoApikeyPrem: "premium",
  staticDemoApikeyTria: "trial",
  staticDemoApikeyFree: "free",
};

/** Any `sandbox` + 1 to 64 of [A-Za-z0-9_-] is a dynamic account, created on first use. */
export const DYNAMIC_KEY = /^sandbox[A-Za-z0-9_-]{1,64}$/;

/** A key the sandbox knows: a demo key or a dynamic one (a real AllDebrid key is neither). */
export function isSandboxKey(apikey: string): boolean {
  return Object.hasOwn(DEMO_KEYS, apikey) || DYNAMIC_KEY.test(apikey);
}

/** What a dynamic key opens: a plan, or an account that cannot be used as is. */
export type AccountKind = Plan | "reseller" | "banned" | "blocked";

const PREFIXES: ReadonlyArray<[string, AccountKind]> = [
  ["sandboxfree", "free"],
  ["sandboxtrial", "trial"],
  ["sandboxbanned", "banned"],
  ["sandboxblocked", "blocked"],
  ["sandboxreseller", "reseller"],
];

export function kindOfKey(apikey: string): AccountKind {
  return PREFIXES.find(([prefix]) => apikey.startsWith(prefix))?.[1] ?? "premium";
}

export function planOfKind(kind: AccountKind): Plan {
  return kind === "free" || kind === "trial" ? kind : "premium";
}

const ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

export function randomText(length: number, alphabet = ALPHANUMERIC): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

/** A fresh key of the given plan, as the PIN page hands out. */
export function newKeyFor(plan: Plan): string {
  const prefix = plan === "premium" ? "sandbox" : `sandbox${plan}`;
  return `${prefix}${randomText(24)}`;
}
