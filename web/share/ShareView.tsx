// One share on screen: its items with their actions and results, the automatic actions the
// user turned on, and the end of the share: once every item is dealt with (or the user
// dismisses it) it leaves the device (kept-shares.ts), never before.
import { A } from "@solidjs/router";
import { createEffect, createResource, createSignal, For, type JSX, on, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { loadHosts } from "../hosts/catalogue";
import { useLinks } from "../links/context";
import { apikey } from "../session/session";
import { perform } from "./actions";
import { isInformational, type ShareAction, type ShareItem } from "./items";
import { forgetShare, loadShare, recordExpanded, recordProgress } from "./kept-shares";
import { readShare } from "./read";
import { defaultAction, type ItemState, ShareItemRow } from "./ShareItemRow";
import { autoAddMagnets, autoUnlockLinks } from "./settings";
import { t } from "./strings";

interface Props {
  id: string;
  online: boolean;
  /** The share has left the device (all done, or dismissed): the address can drop its id. */
  onFinished: (dismissed: boolean) => void;
}

/** States after which an item needs nothing more from the share (an unlock goes on in the Links screen's list). */
const SETTLED = new Set(["done", "queued", "added", "waiting", "saved", "expanded", "link"]);

export function ShareView(props: Props): JSX.Element {
  const [payload, { mutate }] = createResource(() => props.id, loadShare);
  const [hosts] = createResource(() => loadHosts().catch(() => null));
  const [items] = createResource(
    () => (payload() && !hosts.loading ? { share: payload()!, catalogue: hosts() ?? null } : undefined),
    ({ share, catalogue }) => readShare(share, catalogue),
  );
  const [states, setStates] = createStore<Record<string, ItemState>>({});
  const [finished, setFinished] = createSignal(false);
  // Signed out, the share waits for a sign-in: only an account has a Links store to hand links to.
  const links = apikey() ? useLinks()[1] : undefined;

  createEffect(
    on(payload, (share) => {
      for (const [key, progress] of Object.entries(share?.progress ?? {})) {
        if (!states[key]) setStates(key, { kind: progress });
      }
    }),
  );

  async function act(item: ShareItem, action: ShareAction): Promise<void> {
    if (finished() || states[item.key]?.kind === "working") return;
    if (action === "unlock") return handToLinks(item);
    setStates(item.key, { kind: "working" });
    // Marked before the call: a reload while it is out shows "sent, answer not seen", not a silent resend.
    if (action !== "expand") await recordProgress(props.id, item.key, "started");
    const outcome = await perform(item, action);
    setStates(item.key, outcome);
    if (outcome.kind === "expanded") {
      await recordExpanded(props.id, item.key, outcome.links);
      mutate(await loadShare(props.id));
      if (outcome.links.length > 0) return; // new items to act on
    } else {
      await recordProgress(
        props.id,
        item.key,
        outcome.kind === "failed" ? undefined : outcome.kind === "queued" ? "queued" : "done",
      );
    }
    await finishIfSettled();
  }

  /**
   * An unlock is the Links screen's: the link joins its list (and stays among its results), and
   * this row shows its steps there (quality, countdown, result). Dealt with, for this share.
   */
  async function handToLinks(item: ShareItem): Promise<void> {
    if (!links || !("link" in item) || item.kind === "unsupported") return;
    const key = await links.unlockShared({ link: item.link, kind: item.kind, service: item.service, up: item.up });
    setStates(item.key, { kind: "link", key });
    await recordProgress(props.id, item.key, "done");
    await finishIfSettled();
  }

  async function finishIfSettled(): Promise<void> {
    const all = items() ?? [];
    const actionable = all.filter((item) => !isInformational(item));
    if (finished() || actionable.length === 0) return;
    if (!actionable.every((item) => SETTLED.has(states[item.key]?.kind ?? ""))) return;
    setFinished(true);
    await forgetShare(props.id);
    props.onFinished(false);
  }

  async function dismiss(): Promise<void> {
    setFinished(true);
    await forgetShare(props.id);
    props.onFinished(true);
  }

  const pending = () =>
    (items() ?? []).filter((item) => !isInformational(item) && !SETTLED.has(states[item.key]?.kind ?? ""));

  async function doAll(): Promise<void> {
    for (const item of pending()) {
      const action = defaultAction(item);
      if (action && states[item.key]?.kind !== "started") await act(item, action);
    }
  }

  // Automatic actions run once per item, and never for one whose earlier send was not confirmed.
  const automaticDone = new Set<string>();
  createEffect(() => {
    const list = items();
    if (!list || !apikey()) return;
    for (const item of list) {
      if (automaticDone.has(item.key) || states[item.key]) continue;
      const wanted =
        ((item.kind === "magnet" || item.kind === "torrent") && autoAddMagnets()) ||
        ((item.kind === "host" || item.kind === "stream" || item.kind === "unknown") && autoUnlockLinks());
      const action = defaultAction(item);
      if (!wanted || !action) continue;
      automaticDone.add(item.key);
      void act(item, action);
    }
  });

  return (
    <Show when={!payload.loading} fallback={<p class="muted">{t("loading")}</p>}>
      <Show when={payload()} fallback={<p class="muted">{t("nothing")}</p>}>
        {(share) => (
          <Show when={items()} fallback={<p class="muted">{t("loading")}</p>}>
            {(list) => (
              <>
                <Show when={!apikey()}>
                  <div class="card share-signin">
                    <p>{t("signInFirst")}</p>
                    <A class="button primary" href={`/signin?next=${encodeURIComponent(`/share?id=${props.id}`)}`}>
                      {t("signIn")}
                    </A>
                  </div>
                </Show>
                <Show when={list().length === 0}>
                  <div class="card share-empty" role="alert">
                    <p>{t("empty")}</p>
                    <Show when={receivedText(share())}>
                      {(text) => <p class="muted share-link">{t("received", { text: text() })}</p>}
                    </Show>
                  </div>
                </Show>
                <ul class="share-items" aria-label={t("itemsLabel")}>
                  <For each={list()}>
                    {(item) => (
                      <ShareItemRow
                        item={item}
                        state={states[item.key]}
                        canAct={Boolean(apikey())}
                        online={props.online}
                        act={(action) => void act(item, action)}
                      />
                    )}
                  </For>
                </ul>
                <div class="share-actions share-footer">
                  <Show when={apikey() && pending().length > 1}>
                    <button type="button" class="primary" onClick={() => void doAll()}>
                      {t("doAll", { count: pending().length })}
                    </button>
                  </Show>
                  <Show when={!finished()}>
                    <button type="button" onClick={() => void dismiss()}>
                      {t("dismissAll")}
                    </button>
                  </Show>
                </div>
              </>
            )}
          </Show>
        )}
      </Show>
    </Show>
  );
}

function receivedText(share: { title: string; text: string; url: string }): string {
  const text = [share.title, share.text, share.url].filter(Boolean).join(" · ");
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
