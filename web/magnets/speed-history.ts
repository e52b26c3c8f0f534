// The recent download speeds of each magnet, kept in memory from successive live updates for
// the sparkline: a short window per magnet, dropped when the magnet goes away.

/** Samples kept per magnet (about a minute at the server's fast polling pace). */
const SPEED_SAMPLES = 30;

/** A speed that is gone (null: the magnet stopped downloading) is a sample of 0: the line drops to the floor. */
export function withSample(samples: readonly number[] | undefined, speed: number | null | undefined): number[] {
  const next = samples ? samples.slice(-(SPEED_SAMPLES - 1)) : [];
  next.push(Math.max(0, speed ?? 0));
  return next;
}

/** SVG polyline points for samples in a width × height box, the fastest sample at the top. */
export function sparklinePoints(samples: readonly number[], width: number, height: number): string {
  if (samples.length < 2) return "";
  const top = Math.max(...samples) || 1;
  const step = width / (samples.length - 1);
  return samples
    .map((speed, i) => `${(i * step).toFixed(1)},${(height - (speed / top) * height).toFixed(1)}`)
    .join(" ");
}
