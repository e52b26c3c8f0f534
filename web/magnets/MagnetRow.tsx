// One magnet in the list: name, state, size, progress, speed, time left, seeders and a speed
// graph while downloading; its actions; its files when opened. Reads the store's magnet
// directly so a patch updates only the text that changed.
import { createSignal, type JSX, Show } from "solid-js";
import { type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { lang } from "../i18n";
import { formatBytes, formatDuration, formatSpeed } from "./format";
import { MagnetFiles } from "./MagnetFiles";
import { Sparkline } from "./Sparkline";
import { statusText } from "./status-text";
import { t } from "./strings";
import { etaSeconds, progressOf } from "./view";

const percentFormats = {
  en: new Intl.NumberFormat("en", { style: "percent" }),
  fr: new Intl.NumberFormat("fr", { style: "percent" }),
};

export interface MagnetRowProps {
  magnet: Magnet;
  samples: number[] | undefined;
  selecting: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDelete: () => void;
  onRestart: () => void;
}

export function MagnetRow(props: MagnetRowProps): JSX.Element {
  const magnet = props.magnet;
  const [showFiles, setShowFiles] = createSignal(false);
  const group = () => magnetGroup(magnet.statusCode);
  const nameId = `magnet-${magnet.id}-name`;
  const filesId = `magnet-${magnet.id}-files`;
  const eta = () => etaSeconds(magnet);
  return (
    <li class="magnet card" data-group={group()}>
      <div class="magnet-head">
        <Show when={props.selecting}>
          <input
            type="checkbox"
            class="magnet-check"
            checked={props.selected}
            onChange={(event) => props.onSelect(event.currentTarget.checked)}
            aria-label={t("selectMagnet", { name: magnet.filename })}
          />
        </Show>
        <h2 class="magnet-name" id={nameId}>
          {magnet.filename}
        </h2>
      </div>
      <p class="magnet-meta">
        <span class="magnet-status">{statusText(magnet.statusCode, magnet.status, lang())}</span>
        <span>{formatBytes(magnet.size, lang())}</span>
        <Show when={group() === "processing"}>
          <span>{percentFormats[lang()].format(Math.floor(progressOf(magnet) * 100) / 100)}</span>
        </Show>
      </p>
      <Show when={group() === "processing"}>
        <progress class="magnet-progress" max="1" value={progressOf(magnet)} aria-labelledby={nameId} />
        <div class="magnet-transfer">
          <Show when={magnet.downloadSpeed}>
            <span>↓ {formatSpeed(magnet.downloadSpeed ?? 0, lang())}</span>
          </Show>
          <Show when={eta()}>{(seconds) => <span>{t("eta", { time: formatDuration(seconds(), lang()) })}</span>}</Show>
          <Show when={magnet.seeders !== undefined}>
            <span>{t("seeders", { count: magnet.seeders ?? 0 })}</span>
          </Show>
          <Show when={magnet.statusCode === 1 && (props.samples?.length ?? 0) > 1}>
            <Sparkline samples={props.samples ?? []} />
          </Show>
        </div>
      </Show>
      <div class="magnet-actions">
        <Show when={group() === "ready"}>
          <button
            type="button"
            aria-expanded={showFiles()}
            aria-controls={filesId}
            aria-describedby={nameId}
            onClick={() => setShowFiles(!showFiles())}
          >
            {showFiles() ? t("hideFiles") : t("files")}
          </button>
        </Show>
        <Show when={group() === "error"}>
          <button type="button" aria-describedby={nameId} onClick={() => props.onRestart()}>
            {t("restart")}
          </button>
        </Show>
        <button type="button" class="danger" aria-describedby={nameId} onClick={() => props.onDelete()}>
          {t("delete")}
        </button>
      </div>
      <Show when={showFiles()}>
        <div id={filesId}>
          <MagnetFiles id={magnet.id} name={magnet.filename} />
        </div>
      </Show>
    </li>
  );
}
