// The Cleanup store: the account's cleanup rules as its object keeps them (GET and POST
// /api/cleanup, docs/caps.md). Made per account (web/app/store-context.tsx); Settings reads and
// changes them, the account's object applies them with no device open.

import { createStore } from "solid-js/store";
import type { CleanupRulesBody } from "../../protocol/api-bodies";
import type { CleanupRules } from "../../protocol/cleanup";
import { appApi } from "../api/app-api";
import type { Account, Store } from "../app/store-context";

export interface CleanupState {
  /** The rules as stored; undefined until read. */
  rules: CleanupRules | undefined;
  /** Why they could not be read, if they could not. */
  loadError: unknown;
}

export function createCleanupStore(account: Account) {
  const [state, setState] = createStore<CleanupState>({ rules: undefined, loadError: null });

  async function load(): Promise<void> {
    try {
      setState({ rules: await appApi<CleanupRules>("/api/cleanup", { apikey: account.apikey }), loadError: null });
    } catch (error) {
      setState("loadError", error);
    }
  }

  /** Stores new rules; throws why the deployment refused them. */
  async function save(rules: CleanupRules): Promise<void> {
    setState(
      "rules",
      await appApi<CleanupRules>("/api/cleanup", {
        method: "POST",
        apikey: account.apikey,
        json: rules satisfies CleanupRulesBody,
      }),
    );
  }

  return [state, { load, save }] as const satisfies Store<CleanupState, unknown>;
}
