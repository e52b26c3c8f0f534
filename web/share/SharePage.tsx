// The Share screen (/share): where shares from other apps, magnet: links and opened .torrent
// files land. It takes what arrived, keeps it on the device, and shows it (ShareView); with
// nothing new, it lists the shares still waiting here. Works without a session.
import { useLocation, useNavigate } from "@solidjs/router";
import { createResource, createSignal, For, type JSX, onMount, Show } from "solid-js";
import { lang } from "../i18n";
import { online } from "../offline/online";
import { type Arrival, takeArrival } from "./incoming";
import { waitingShares } from "./kept-shares";
import { ShareSettings } from "./ShareSettings";
import { ShareView } from "./ShareView";
import { t } from "./strings";
import "./share.css";

export default function SharePage(): JSX.Element {
  const navigate = useNavigate();
  // The router's location: window.location is only updated once an in-app navigation settles.
  const here = useLocation();
  const [arrival, setArrival] = createSignal<Arrival | undefined>();
  const [shareId, setShareId] = createSignal<string | undefined>();
  const [waiting, { refetch }] = createResource(
    () => (arrival() && !shareId() ? true : undefined),
    () => waitingShares(),
  );

  function receive(next: Arrival): void {
    setArrival(next);
    setShareId(next.shareId);
    // The address keeps only the id: a reload finds the share again, and nothing is re-sent.
    navigate(next.shareId ? `/share?id=${encodeURIComponent(next.shareId)}` : "/share", { replace: true });
  }

  onMount(() => {
    void takeArrival(new URLSearchParams(here.search))
      .then(receive)
      .catch(() => receive({ problems: ["not-stored"] }));
  });

  function finished(dismissed: boolean): void {
    navigate("/share", { replace: true });
    if (dismissed) {
      setShareId(undefined);
      void refetch();
    }
  }

  return (
    <section class="share-page">
      <h1>{t("title")}</h1>
      <For each={arrival()?.problems ?? []}>
        {(problem) => (
          <p class="card error share-problem" role="alert">
            {t(`problem_${problem}`)}
          </p>
        )}
      </For>
      <Show when={!online()}>
        <p class="card warning share-offline" role="status">
          {t("offline")}
        </p>
      </Show>
      <Show when={arrival()} fallback={<p class="muted">{t("loading")}</p>}>
        <Show when={shareId()} keyed fallback={<Waiting shares={waiting() ?? []} open={openWaiting} />}>
          {(id) => <ShareView id={id} online={online()} onFinished={finished} />}
        </Show>
      </Show>
      <ShareSettings legend={t("automatic")} class="share-settings" />
    </section>
  );

  function openWaiting(id: string): void {
    setShareId(id);
    navigate(`/share?id=${encodeURIComponent(id)}`, { replace: true });
  }
}

function Waiting(props: {
  shares: Array<{ id: string; receivedAt: number }>;
  open: (id: string) => void;
}): JSX.Element {
  const date = (at: number) => new Date(at).toLocaleString(lang());
  return (
    <Show when={props.shares.length > 0} fallback={<p class="muted">{t("nothing")}</p>}>
      <h2>{t("waitingList")}</h2>
      <ul class="share-waiting">
        <For each={props.shares}>
          {(share) => (
            <li>
              <button type="button" onClick={() => props.open(share.id)}>
                {t("openShare", { date: date(share.receivedAt) })}
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
