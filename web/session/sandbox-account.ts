// The sandbox account this device last tried ("Try the sandbox"), so the sign-in screen can
// offer to go back to it, magnets and links as they were: its made-up key outlives signing out
// (it is no one's real account). A real AllDebrid key is never kept.
import { deployment } from "../api/deployment";

const LAST_SANDBOX = "sandbox.last";

/** A key of the sandbox's premium accounts, as "Try the sandbox" makes them. */
export function isSandboxKey(key: string): boolean {
  return /^sandbox[0-9a-f]{24}(-fr)?$/.test(key);
}

/** A fresh sandbox account (premium), in the browser's language: a key ending in -fr speaks French. */
export function newSandboxApikey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const french = navigator.language.startsWith("fr") ? "-fr" : "";
  return `sandbox${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}${french}`;
}

export function lastSandboxKey(): string | null {
  const key = globalThis.localStorage?.getItem(LAST_SANDBOX) ?? null;
  return key && isSandboxKey(key) ? key : null;
}

/** Remembers a sandbox key (only on a deployment that runs the sandbox). */
export function rememberSandboxKey(key: string | null): void {
  if (key && isSandboxKey(key) && deployment()?.sandbox) localStorage.setItem(LAST_SANDBOX, key);
}
