// A small line of a magnet's recent download speeds (SVG, no library).
import type { JSX } from "solid-js";
import { sparklinePoints } from "./speed-history";
import { t } from "./strings";

const WIDTH = 96;
const HEIGHT = 24;

export function Sparkline(props: { samples: readonly number[] }): JSX.Element {
  return (
    <svg
      class="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={t("speedGraph")}
      preserveAspectRatio="none"
    >
      <polyline points={sparklinePoints(props.samples, WIDTH, HEIGHT)} />
    </svg>
  );
}
