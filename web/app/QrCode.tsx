// A QR code drawn as one SVG path (qr.ts encodes; no HTML strings are injected): the sign-in PIN's
// and the Stremio add-on link's.
import { qrOf } from "./qr";

function modulesPath(data: boolean[][]): string {
  let d = "";
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return d;
}

export function QrCode(props: { value: string; label: string }) {
  const qr = () => qrOf(props.value);
  return (
    <svg class="qr" viewBox={`0 0 ${qr().size} ${qr().size}`} role="img" aria-label={props.label}>
      <rect width="100%" height="100%" fill="#fff" />
      <path d={modulesPath(qr().data)} fill="#000" />
    </svg>
  );
}
