// How the app encodes a QR code (uqr): medium error correction, a two-module border, and one mask
// pattern, not the best of eight (scoring all eight took a phone's main thread over 100 ms, and a
// code with any of them scans). QrCode.tsx draws it; the tests check it against the same encoding.
import { encode } from "uqr";

export function qrOf(value: string): ReturnType<typeof encode> {
  return encode(value, { ecc: "M", border: 2, maskPattern: 0 });
}
