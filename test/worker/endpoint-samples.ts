// A sample call of every endpoint of the table, for the tests that walk the whole API: the
// parameters a real client would send, against an account that holds one Ready magnet. Typed
// by endpoint name, so an endpoint added to the table without a sample does not compile.
import bencode from "bencode";
import type { EndpointName } from "../../protocol/alldebrid";

export interface SampleAccount {
  /** A Ready magnet of the account. */
  magnetId: number;
}

export interface SampleCall {
  params: Record<string, string | string[]>;
  /** Sent as multipart `files[]` when the call is multipart. */
  files?: File[];
}

/** A small valid .torrent, different on every call (its info holds a random source). */
function sampleTorrent(): File {
  const info = { name: "sample.bin", length: 1024, "piece length": 16384, pieces: new Uint8Array(20) };
  const bytes = bencode.encode({ info: { ...info, source: crypto.randomUUID() } });
  return new File([new Uint8Array(bytes)], "sample.torrent", { type: "application/x-bittorrent" });
}

const link = "https://example.com/size-4096/sample.iso";
const magnet = () => `magnet:?xt=urn:btih:0${crypto.randomUUID().replaceAll("-", "").padEnd(39, "0").slice(0, 39)}`;

export const SAMPLES: Record<EndpointName, (account: SampleAccount) => SampleCall> = {
  ping: () => ({ params: {} }),
  "pin/get": () => ({ params: {} }),
  "pin/check": () => ({ params: { pin: "ABCD", check: "0123456789abcdef" } }),
  hosts: () => ({ params: { hostsOnly: "true" } }),
  "hosts/domains": () => ({ params: {} }),
  "hosts/priority": () => ({ params: {} }),
  user: () => ({ params: {} }),
  "user/hosts": () => ({ params: {} }),
  "user/verif": () => ({ params: { token: "unknownVerificationToken" } }),
  "user/verif/resend": () => ({ params: { token: "unknownVerificationToken" } }),
  "user/notification/clear": () => ({ params: { code: "SANDBOX_WELCOME" } }),
  "link/infos": () => ({ params: { "link[]": [link, "https://example.com/down/gone.zip"] } }),
  "link/redirector": () => ({ params: { link: "https://adf.ly/Sample1" } }),
  "link/unlock": () => ({ params: { link } }),
  "link/streaming": () => ({ params: { id: "unknownGeneration", stream: "unknownStream" } }),
  "link/delayed": () => ({ params: { id: "123456" } }),
  "magnet/upload": () => ({ params: { "magnets[]": [magnet()] } }),
  "magnet/upload/file": () => ({ params: {}, files: [sampleTorrent()] }),
  "magnet/status": () => ({ params: {} }),
  "magnet/files": ({ magnetId }) => ({ params: { "id[]": [String(magnetId)] } }),
  "magnet/delete": ({ magnetId }) => ({ params: { id: String(magnetId) } }),
  "magnet/restart": ({ magnetId }) => ({ params: { "ids[]": [String(magnetId)] } }),
  "user/links": () => ({ params: {} }),
  "user/links/save": () => ({ params: { "links[]": [link] } }),
  "user/links/delete": () => ({ params: { "links[]": [link] } }),
  "user/history": () => ({ params: {} }),
  "user/history/delete": () => ({ params: {} }),
  "voucher/balance": () => ({ params: {} }),
  "voucher/get": () => ({ params: { duration: "30", nb: "2" } }),
  "voucher/generate": () => ({ params: { duration: "15", nb: "1" } }),
};

export type Encoding = "GET query" | "POST urlencoded" | "POST multipart";
export const ENCODINGS: readonly Encoding[] = ["GET query", "POST urlencoded", "POST multipart"];

function pairs(params: SampleCall["params"]): Array<[string, string]> {
  return Object.entries(params).flatMap(([name, value]) =>
    Array.isArray(value) ? value.map((item): [string, string] => [name, item]) : [[name, value]],
  );
}

/** The request a client sends for `call` in one encoding (multipart as a browser's FormData sends it). */
export function sampleRequest(url: string, apikey: string | null, call: SampleCall, encoding: Encoding): Request {
  const headers: Record<string, string> = apikey ? { Authorization: `Bearer ${apikey}` } : {};
  if (encoding === "GET query") {
    const query = new URLSearchParams(pairs(call.params)).toString();
    return new Request(query ? `${url}?${query}` : url, { headers });
  }
  if (encoding === "POST urlencoded") {
    return new Request(url, { method: "POST", headers, body: new URLSearchParams(pairs(call.params)) });
  }
  const form = new FormData();
  for (const [name, value] of pairs(call.params)) form.append(name, value);
  for (const file of call.files ?? []) form.append("files[]", file, file.name);
  return new Request(url, { method: "POST", headers, body: form });
}
