// Posters for the catalog, drawn as SVG from a magnet's name: a colour of its own (from a hash of
// the name), the title set in large type, and where it stands (ready, a percentage, failed).
// Public and without a token: a poster shows only what its URL says, and touches no account.
import { magnetGroup } from "../../protocol/alldebrid";
import type { MagnetSummary } from "../account/stremio/asks";
import { readRelease } from "../account/stremio/match";

type PosterState = "ready" | "failed" | `${number}%` | "queued";

export function posterUrl(origin: string, magnet: MagnetSummary): string {
  const group = magnetGroup(magnet.statusCode);
  const state: PosterState =
    group === "ready"
      ? "ready"
      : group === "error"
        ? "failed"
        : magnet.progress === null
          ? "queued"
          : `${magnet.progress}%`;
  const query = new URLSearchParams({ name: magnet.name, state });
  return `${origin}/stremio/poster.svg?${query}`;
}

const WIDTH = 300;
const HEIGHT = 444;
const LINE_CHARACTERS = 14;
const MAX_LINES = 5;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function hueOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
  return (hash >>> 0) % 360;
}

/** The title in lines of a few words, the last one cut with an ellipsis when it runs long. */
function titleLines(title: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > LINE_CHARACTERS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= MAX_LINES) return lines.map((text) => text.slice(0, LINE_CHARACTERS + 4));
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]?.slice(0, LINE_CHARACTERS - 1)}…`;
  return kept;
}

function stateLabel(state: string): string {
  if (state === "ready") return "READY";
  if (state === "failed") return "FAILED";
  if (state === "queued") return "QUEUED";
  return `DOWNLOADING ${state}`;
}

/** "Season 1", "Seasons 1–3": what a series pack holds; null for a film. */
function seasonsText(seasons: number[]): string | null {
  if (seasons.length === 0) return null;
  if (seasons.length === 1) return `Season ${seasons[0]}`;
  return `Seasons ${Math.min(...seasons)}–${Math.max(...seasons)}`;
}

/** The poster of a release name: its title and year as the name gives them, over a colour of its own. */
export function posterSvg(name: string, state: string): string {
  const release = readRelease(name);
  const title = release.title.trim() || name;
  const hue = hueOf(title);
  const lines = titleLines(title);
  const top = 150 - lines.length * 14;
  const text = lines.map((line, i) => `<tspan x="28" y="${top + i * 42}">${escapeXml(line)}</tspan>`).join("");
  const under = seasonsText(release.seasons) ?? (release.year ? String(release.year) : "");
  const year = under
    ? `<text x="28" y="${top + lines.length * 42 + 8}" font-size="24" fill-opacity=".75">${under}</text>`
    : "";
  const badge = state === "ready" ? `hsl(${hue} 70% 80%)` : state === "failed" ? "#f4a4a4" : "#f5d48a";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 55% 32%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 60% 14%)"/></linearGradient></defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#g)"/>
<circle cx="250" cy="60" r="120" fill="#fff" fill-opacity=".06"/>
<g font-family="Helvetica, Arial, sans-serif" fill="#fff">
<text font-size="34" font-weight="700">${text}</text>${year}
<rect x="28" y="372" width="${WIDTH - 56}" height="2" fill="#fff" fill-opacity=".35"/>
<text x="28" y="404" font-size="17" font-weight="700" letter-spacing="1.5" fill="${badge}">${escapeXml(stateLabel(state))}</text>
<text x="${WIDTH - 28}" y="404" font-size="15" text-anchor="end" fill-opacity=".7">AllDebrid</text>
</g></svg>`;
}
