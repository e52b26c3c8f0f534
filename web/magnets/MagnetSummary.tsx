// What a magnet is at a glance, in as little height as it takes: its name on one line, then its
// status, size and dates (added, and finished) on another; while it downloads, its progress,
// speed, time left, seeders and a speed graph. Reads the store's magnet directly, so a live
// patch only changes the text that changed.
import { type JSX, Show } from "solid-js";
import { type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { type Lang, lang } from "../i18n";
import { formatShortDate } from "../i18n/format";
import { formatBytes, formatDuration, formatSpeed } from "./format";
import { Sparkline } from "./Sparkline";
import { statusText } from "./status-text";
import { t } from "./strings";
import { etaSeconds, progressOf } from "./view";

/** Made on first use, not when the screen's code loads: a format is costly to make. */
const percentFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

function percentOf(magnet: Magnet): string {
  const language = lang();
  percentFormats[language] ??= new Intl.NumberFormat(language, { style: "percent" });
  return percentFormats[language].format(Math.floor(progressOf(magnet) * 100) / 100);
}

/** "12 Mar → 13 Mar": when it was added and, once ready, finished; said in words to a screen reader. */
function MagnetDates(props: { magnet: Magnet }): JSX.Element {
  const added = () => formatShortDate(props.magnet.uploadDate, lang());
  const finished = () => (props.magnet.completionDate > 0 ? formatShortDate(props.magnet.completionDate, lang()) : "");
  return (
    <span class="magnet-dates">
      <span class="visually-hidden">{t("addedOn", { date: "" })}</span>
      <time dateTime={new Date(props.magnet.uploadDate * 1000).toISOString()}>{added()}</time>
      <Show when={finished()}>
        <span aria-hidden="true"> → </span>
        <span class="visually-hidden">, {t("finishedOn", { date: "" })}</span>
        <time dateTime={new Date(props.magnet.completionDate * 1000).toISOString()}>{finished()}</time>
      </Show>
    </span>
  );
}

export function MagnetSummary(props: {
  magnet: Magnet;
  samples: number[] | undefined;
  nameId: string;
  metaId: string;
  /** Name and one line only (no progress bar or transfer line), as when selecting. */
  compact?: boolean;
}) {
  const magnet = props.magnet;
  const group = () => magnetGroup(magnet.statusCode);
  const eta = () => etaSeconds(magnet);
  const downloading = () => group() === "processing" && magnet.statusCode > 0;
  return (
    <>
      <span class="magnet-name" id={props.nameId}>
        {magnet.filename}
      </span>
      <span class="magnet-meta" id={props.metaId}>
        <span class="magnet-status">{statusText(magnet.statusCode, magnet.status, lang())}</span>
        <span>{formatBytes(magnet.size, lang())}</span>
        <Show when={downloading()}>
          <span>{percentOf(magnet)}</span>
        </Show>
        <MagnetDates magnet={magnet} />
      </span>
      {/* A magnet still in the queue has no progress to draw yet. */}
      <Show when={downloading() && !props.compact}>
        <progress class="magnet-progress" max="1" value={progressOf(magnet)} aria-labelledby={props.nameId} />
        <span class="magnet-transfer">
          <Show when={magnet.downloadSpeed}>
            <span>↓ {formatSpeed(magnet.downloadSpeed ?? 0, lang())}</span>
          </Show>
          <Show when={eta()}>{(seconds) => <span>{t("eta", { time: formatDuration(seconds(), lang()) })}</span>}</Show>
          {/* Seeders mean something only while downloading: a queued magnet has none to count yet. */}
          <Show when={magnet.statusCode === 1 && magnet.seeders !== undefined}>
            <span>{t("seeders", { count: magnet.seeders ?? 0 })}</span>
          </Show>
          <Show when={magnet.statusCode === 1 && (props.samples?.length ?? 0) > 1}>
            <Sparkline samples={props.samples ?? []} />
          </Show>
        </span>
      </Show>
    </>
  );
}
