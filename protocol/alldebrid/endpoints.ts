// Every AllDebrid endpoint once, by name, with per API version what it takes and answers and
// whether that form is current, deprecated (answers with `deprecated: true`) or retired
// (answers DISCONTINUED). The typed client, the edge, the sandbox's routes and the tests all
// derive what they need from this one table: adding an endpoint or a version is one entry.

import type {
  PinCheckData,
  PinGetData,
  PinGetV4Data,
  UserData,
  VerifData,
  VerifResendData,
  VoucherBalanceData,
  VoucherGenerateData,
  VoucherGetData,
} from "./account";
import type { ItemError } from "./envelope";
import type { HostsData, HostsDomainsData, HostsPriorityData, UserHostsData, UserHostsV4Data } from "./hosts";
import type {
  DelayedData,
  LinkInfosData,
  MessageData,
  RedirectorData,
  SavedLinksData,
  StreamingData,
  UnlockData,
} from "./links";
import type {
  MagnetFilesData,
  MagnetStatusData,
  MagnetStatusFilter,
  RestartData,
  UploadedFile,
  UploadedMagnet,
} from "./magnets";

/** The API versions the service answers under; the newest is what clients should call. */
export const VERSIONS = ["v4", "v4.1"] as const;
export type Version = (typeof VERSIONS)[number];
const CURRENT_VERSION = "v4.1" satisfies Version;

/**
 * How one version of an endpoint answers: `current`, `deprecated` (its data with
 * `deprecated: true`) or `retired` (the DISCONTINUED error with `deprecated: true`, whatever the
 * parameters). Moving a deprecated form to `retired` is the one switch when the service drops it.
 */
type Lifecycle = "current" | "deprecated" | "retired";

type Params = Record<string, string | number | boolean | string[] | number[] | undefined>;
type NoParams = Record<never, never>;

/** One version's form: its lifecycle at run time, its parameter and data types at compile time. */
export interface Form<P extends Params = Params, D = unknown> {
  lifecycle: Lifecycle;
  /** Type carriers only, never set. */
  readonly params?: P;
  readonly data?: D;
}

function answers<P extends Params, D>(lifecycle: Lifecycle = "current"): Form<P, D> {
  return { lifecycle };
}

interface EndpointTraits {
  /** `key`: needs the apikey; `none`: public (a key is optional); `token`: goes by a verification token, never the key. */
  auth: "key" | "none" | "token";
  /** Changes the account: sent once, never retried blindly. */
  write?: true;
  /** Refused from server and VPN addresses (NO_SERVER, MAGNET_NO_SERVER): a device may have to send it itself. */
  deviceOnly?: true;
  /** After a successful call every device should see the change soon: the account polls live mode. */
  pollsAfter?: true;
  /** Public data the same for everyone: the edge answers it from its KV cache. */
  publicCache?: true;
  /** Polled to follow what happens (status, PIN approval): takes the budget's reserved share, never waits behind bulk calls. */
  liveLane?: true;
}

interface Endpoint extends EndpointTraits {
  /** The v4 form; a version left out answers exactly like v4 (as the service does under /v4.1/). */
  versions: { v4: Form } & Partial<Record<Version, Form>>;
}

const key = { auth: "key" } as const;
const write = { auth: "key", write: true } as const;

export const ENDPOINTS = {
  ping: { auth: "none", versions: { v4: answers<NoParams, { ping: "pong" }>() } },
  "pin/get": {
    auth: "none",
    versions: { v4: answers<NoParams, PinGetV4Data>("deprecated"), "v4.1": answers<NoParams, PinGetData>() },
  },
  "pin/check": {
    auth: "none",
    liveLane: true,
    versions: { v4: answers<{ pin: string; check: string }, PinCheckData>() },
  },
  hosts: { auth: "none", publicCache: true, versions: { v4: answers<{ hostsOnly?: boolean }, HostsData>() } },
  "hosts/domains": { auth: "none", publicCache: true, versions: { v4: answers<NoParams, HostsDomainsData>() } },
  "hosts/priority": { auth: "none", publicCache: true, versions: { v4: answers<NoParams, HostsPriorityData>() } },
  user: { ...key, versions: { v4: answers<NoParams, UserData>() } },
  "user/hosts": {
    ...key,
    versions: {
      v4: answers<{ hostsOnly?: boolean }, UserHostsV4Data>("deprecated"),
      "v4.1": answers<NoParams, UserHostsData>(),
    },
  },
  "user/verif": { auth: "token", versions: { v4: answers<{ token: string }, VerifData>() } },
  "user/verif/resend": { auth: "token", write: true, versions: { v4: answers<{ token: string }, VerifResendData>() } },
  "user/notification/clear": { ...write, versions: { v4: answers<{ code: string }, MessageData>() } },
  "link/infos": { ...key, versions: { v4: answers<{ "link[]": string[]; password?: string }, LinkInfosData>() } },
  "link/redirector": { ...key, versions: { v4: answers<{ link: string }, RedirectorData>() } },
  "link/unlock": {
    ...write,
    deviceOnly: true,
    // `ip`: the address of the device the file is for, when a server unlocks on its behalf (an add-on for a player).
    versions: { v4: answers<{ link: string; password?: string; ip?: string }, UnlockData>() },
  },
  "link/streaming": { ...write, versions: { v4: answers<{ id: string; stream: string }, StreamingData>() } },
  "link/delayed": { ...key, versions: { v4: answers<{ id: number }, DelayedData>() } },
  "magnet/upload": {
    ...write,
    deviceOnly: true,
    pollsAfter: true,
    versions: {
      v4: answers<{ "magnets[]": string[] }, { magnets: Array<UploadedMagnet | ({ magnet: string } & ItemError)> }>(),
    },
  },
  "magnet/upload/file": {
    ...write,
    deviceOnly: true,
    pollsAfter: true,
    versions: { v4: answers<NoParams, { files: Array<UploadedFile | ({ file: string } & ItemError)> }>() },
  },
  "magnet/status": {
    ...key,
    liveLane: true,
    versions: {
      v4: answers<NoParams, never>("retired"),
      "v4.1": answers<
        { id?: number; status?: MagnetStatusFilter; session?: number; counter?: number },
        MagnetStatusData
      >(),
    },
  },
  "magnet/files": { ...key, versions: { v4: answers<{ "id[]": number[] }, MagnetFilesData>() } },
  "magnet/delete": { ...write, pollsAfter: true, versions: { v4: answers<{ id: number }, MessageData>() } },
  "magnet/restart": {
    ...write,
    pollsAfter: true,
    versions: { v4: answers<{ id?: number; "ids[]"?: number[] }, RestartData>() },
  },
  "user/links": { ...key, versions: { v4: answers<NoParams, SavedLinksData>() } },
  "user/links/save": { ...write, versions: { v4: answers<{ "links[]": string[] }, MessageData>() } },
  "user/links/delete": { ...write, versions: { v4: answers<{ "links[]": string[] }, MessageData>() } },
  "user/history": { ...key, versions: { v4: answers<NoParams, SavedLinksData>() } },
  "user/history/delete": { ...write, versions: { v4: answers<NoParams, MessageData>() } },
  "voucher/balance": { ...key, versions: { v4: answers<NoParams, VoucherBalanceData>() } },
  "voucher/get": { ...write, versions: { v4: answers<{ duration: number; nb: number }, VoucherGetData>() } },
  "voucher/generate": {
    ...write,
    versions: { v4: answers<{ duration: number; nb: number }, VoucherGenerateData>() },
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;
export const ENDPOINT_NAMES = Object.keys(ENDPOINTS) as EndpointName[];

type Versions<N extends EndpointName> = (typeof ENDPOINTS)[N]["versions"];
/** The form a version answers with: its own, or v4's when the table gives none. */
type FormAt<N extends EndpointName, V extends Version> = V extends keyof Versions<N>
  ? Versions<N>[V]
  : Versions<N>["v4"];

/** Every path the service answers: `/v4/<name>` and `/v4.1/<name>` for every endpoint. */
export type EndpointPath = `/${Version}/${EndpointName}`;
/** The paths clients should call: the current version of every endpoint. */
export type CurrentPath = `/${typeof CURRENT_VERSION}/${EndpointName}`;

type FormOf<P extends EndpointPath> = P extends `/${infer V extends Version}/${infer N extends EndpointName}`
  ? FormAt<N, V>
  : never;
export type ParamsOf<P extends EndpointPath> = FormOf<P> extends Form<infer Q, unknown> ? Q : never;
export type DataOf<P extends EndpointPath> = FormOf<P> extends Form<Params, infer D> ? D : never;

/** One endpoint at one version, as the edge and the sandbox look it up from a request path. */
export interface ResolvedEndpoint extends EndpointTraits {
  name: EndpointName;
  version: Version;
  path: EndpointPath;
  lifecycle: Lifecycle;
}

/** `/v4/` and any `/v4.N/` (a version the service may add): the table knows v4 and v4.1. */
const PATH = /^\/(v4(?:\.\d{1,2})?)\/([A-Za-z0-9/_.-]{1,64})$/;

/** The API's route pattern, for routers: every /v4/ and /v4.N/ path. */
export const API_ROUTE = "/:version{v4(?:\\.[0-9]{1,2})?}/*";

/** The endpoint a path names (trailing slashes ignored), or null when the table does not know it. */
export function resolveEndpoint(path: string): ResolvedEndpoint | null {
  const match = PATH.exec(path.replace(/\/+$/, ""));
  if (!match) return null;
  const [, version, name] = match as unknown as [string, Version, string];
  if (!(VERSIONS as readonly string[]).includes(version) || !Object.hasOwn(ENDPOINTS, name)) return null;
  const endpoint: Endpoint = ENDPOINTS[name as EndpointName];
  const { versions, ...traits } = endpoint;
  const form = versions[version] ?? versions.v4;
  return {
    ...traits,
    name: name as EndpointName,
    version,
    path: `/${version}/${name}` as EndpointPath,
    lifecycle: form.lifecycle,
  };
}

/** The same endpoint at the current version: where a call kept from an older version (a queued write) goes now. */
export function currentPath(path: EndpointPath): CurrentPath {
  return `/${CURRENT_VERSION}/${path.slice(path.indexOf("/", 1) + 1)}` as CurrentPath;
}

/** A path under an API version that looks like an endpoint, known or not: the edge forwards these. */
export function isApiPath(path: string): boolean {
  return PATH.test(path.replace(/\/+$/, ""));
}
