// The Stremio store: the account's personal add-on link (docs/stremio.md), read when Settings
// opens, made on request, copied, and revoked. Made per account (web/app/store-context.tsx); its
// actions are the one place the app calls /api/stremio.
import { createStore } from "solid-js/store";
import { AllDebridError } from "../../protocol/alldebrid";
import type { StremioLink, StremioRevoked } from "../../protocol/stremio";
import { appApi } from "../api/app-api";
import type { Account, Store } from "../app/store-context";

export interface StremioState {
  /** The link; null when the account has none; undefined until asked. */
  link: StremioLink | null | undefined;
  /** An action is under way: its buttons wait. */
  busy: boolean;
}

export function createStremioStore(account: Account) {
  const [state, setState] = createStore<StremioState>({ link: undefined, busy: false });

  async function during<T>(work: () => Promise<T>): Promise<T> {
    setState("busy", true);
    try {
      return await work();
    } finally {
      setState("busy", false);
    }
  }

  /** Reads the account's link; an account without one reads null. */
  async function load(): Promise<void> {
    try {
      setState("link", await appApi<StremioLink>("/api/stremio", { apikey: account.apikey }));
    } catch (error) {
      if (!(error instanceof AllDebridError && error.code === "404")) throw error;
      setState("link", null);
    }
  }

  /** Makes the link (or gives back the one there is). */
  function make(): Promise<void> {
    return during(async () => {
      setState("link", await appApi<StremioLink>("/api/stremio", { method: "POST", apikey: account.apikey }));
    });
  }

  /** Revokes the link: every URL under it stops working; a new one can be made. */
  function revoke(): Promise<void> {
    return during(async () => {
      await appApi<StremioRevoked>("/api/stremio", { method: "DELETE", apikey: account.apikey });
      setState("link", null);
    });
  }

  /** Copies the manifest's https link, the one to type or paste into Stremio. */
  async function copy(): Promise<void> {
    if (state.link) await navigator.clipboard.writeText(state.link.manifestUrl);
  }

  const actions = { load, make, revoke, copy };
  return [state, actions] as const satisfies Store<StremioState, unknown>;
}
