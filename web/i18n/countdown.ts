// A countdown as a clock reads it, in its own module: the sign-in screen's PIN shows one, and a
// stranger's first script should not bring the rest of the formats (format.ts) with it.

/** Seconds left -> "1:05" or "1:02:03". */
export function formatCountdown(seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}
