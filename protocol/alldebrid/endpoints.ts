// Every AllDebrid endpoint in one map: its path, what it takes and what its data holds. The
// typed client, the Worker's proxy, the sandbox and the tests all read this one table.

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
import type { FileNode, Magnet, MagnetChange, MagnetStatusFilter } from "./magnets";

export interface UploadedMagnet {
  magnet: string;
  hash: string;
  name: string;
  size: number;
  ready: boolean;
  id: number;
}

export interface UploadedFile {
  file: string;
  hash: string;
  name: string;
  size: number;
  ready: boolean;
  id: number;
}

export interface MagnetStatusData {
  magnets: Magnet[] | Magnet;
  /** Live mode only. */
  counter?: number;
  fullsync?: boolean;
}

export interface MagnetLiveData {
  magnets: MagnetChange[];
  counter: number;
  fullsync?: boolean;
}

export interface MagnetFilesData {
  magnets: Array<{ id: string; files: FileNode[] } | ({ id: string } & ItemError)>;
}

export type RestartData =
  | MessageData
  | { magnets: Array<{ magnet: string; message: string } | ({ magnet: string } & ItemError)> };

type Params = Record<string, string | number | boolean | string[] | number[] | undefined>;

interface Endpoint<P extends Params, D> {
  params: P;
  data: D;
}

export interface Endpoints {
  "/v4/ping": Endpoint<Record<never, never>, { ping: "pong" }>;
  "/v4.1/pin/get": Endpoint<Record<never, never>, PinGetData>;
  "/v4/pin/get": Endpoint<Record<never, never>, PinGetV4Data>;
  "/v4/pin/check": Endpoint<{ pin: string; check: string }, PinCheckData>;
  "/v4/hosts": Endpoint<{ hostsOnly?: boolean }, HostsData>;
  "/v4/hosts/domains": Endpoint<Record<never, never>, HostsDomainsData>;
  "/v4/hosts/priority": Endpoint<Record<never, never>, HostsPriorityData>;
  "/v4/user": Endpoint<Record<never, never>, UserData>;
  "/v4.1/user/hosts": Endpoint<Record<never, never>, UserHostsData>;
  "/v4/user/hosts": Endpoint<{ hostsOnly?: boolean }, UserHostsV4Data>;
  "/v4/user/verif": Endpoint<{ token: string }, VerifData>;
  "/v4/user/verif/resend": Endpoint<{ token: string }, VerifResendData>;
  "/v4/user/notification/clear": Endpoint<{ code: string }, MessageData>;
  "/v4/link/infos": Endpoint<{ "link[]": string[]; password?: string }, LinkInfosData>;
  "/v4/link/redirector": Endpoint<{ link: string }, RedirectorData>;
  "/v4/link/unlock": Endpoint<{ link: string; password?: string }, UnlockData>;
  "/v4/link/streaming": Endpoint<{ id: string; stream: string }, StreamingData>;
  "/v4/link/delayed": Endpoint<{ id: number }, DelayedData>;
  "/v4/magnet/upload": Endpoint<
    { "magnets[]": string[] },
    { magnets: Array<UploadedMagnet | ({ magnet: string } & ItemError)> }
  >;
  "/v4/magnet/upload/file": Endpoint<
    Record<never, never>,
    { files: Array<UploadedFile | ({ file: string } & ItemError)> }
  >;
  "/v4.1/magnet/status": Endpoint<
    { id?: number; status?: MagnetStatusFilter; session?: number; counter?: number },
    MagnetStatusData
  >;
  "/v4/magnet/status": Endpoint<
    { id?: number; status?: MagnetStatusFilter; session?: number; counter?: number },
    MagnetStatusData
  >;
  "/v4/magnet/files": Endpoint<{ "id[]": number[] }, MagnetFilesData>;
  "/v4/magnet/delete": Endpoint<{ id: number }, MessageData>;
  "/v4/magnet/restart": Endpoint<{ id?: number; "ids[]"?: number[] }, RestartData>;
  "/v4/user/links": Endpoint<Record<never, never>, SavedLinksData>;
  "/v4/user/links/save": Endpoint<{ "links[]": string[] }, MessageData>;
  "/v4/user/links/delete": Endpoint<{ "links[]": string[] }, MessageData>;
  "/v4/user/history": Endpoint<Record<never, never>, SavedLinksData>;
  "/v4/user/history/delete": Endpoint<Record<never, never>, MessageData>;
  "/v4/voucher/balance": Endpoint<Record<never, never>, VoucherBalanceData>;
  "/v4/voucher/get": Endpoint<{ duration: number; nb: number }, VoucherGetData>;
  "/v4/voucher/generate": Endpoint<{ duration: number; nb: number }, VoucherGenerateData>;
}

export type EndpointPath = keyof Endpoints;
export type ParamsOf<P extends EndpointPath> = Endpoints[P]["params"];
export type DataOf<P extends EndpointPath> = Endpoints[P]["data"];

/** Endpoints that need no apikey. */
export const PUBLIC_ENDPOINTS: ReadonlySet<EndpointPath> = new Set<EndpointPath>([
  "/v4/ping",
  "/v4.1/pin/get",
  "/v4/pin/get",
  "/v4/pin/check",
  "/v4/hosts",
  "/v4/hosts/domains",
  "/v4/hosts/priority",
]);

/** Endpoints that AllDebrid answers with `deprecated: true`. */
export const DEPRECATED_ENDPOINTS: ReadonlySet<EndpointPath> = new Set<EndpointPath>([
  "/v4/user/hosts",
  "/v4/pin/get",
  "/v4/magnet/status",
]);

/** Endpoints that change the account: never retried blindly. */
export const WRITE_ENDPOINTS: ReadonlySet<EndpointPath> = new Set<EndpointPath>([
  "/v4/user/notification/clear",
  "/v4/user/verif/resend",
  "/v4/link/unlock",
  "/v4/link/streaming",
  "/v4/magnet/upload",
  "/v4/magnet/upload/file",
  "/v4/magnet/delete",
  "/v4/magnet/restart",
  "/v4/user/links/save",
  "/v4/user/links/delete",
  "/v4/user/history/delete",
  "/v4/voucher/get",
  "/v4/voucher/generate",
]);

/** Endpoints the service refuses from servers and VPNs (NO_SERVER, MAGNET_NO_SERVER). */
export const DEVICE_ONLY_ENDPOINTS: ReadonlySet<EndpointPath> = new Set<EndpointPath>([
  "/v4/link/unlock",
  "/v4/magnet/upload",
  "/v4/magnet/upload/file",
]);

export const ALL_ENDPOINTS = [
  "/v4/ping",
  "/v4.1/pin/get",
  "/v4/pin/get",
  "/v4/pin/check",
  "/v4/hosts",
  "/v4/hosts/domains",
  "/v4/hosts/priority",
  "/v4/user",
  "/v4.1/user/hosts",
  "/v4/user/hosts",
  "/v4/user/verif",
  "/v4/user/verif/resend",
  "/v4/user/notification/clear",
  "/v4/link/infos",
  "/v4/link/redirector",
  "/v4/link/unlock",
  "/v4/link/streaming",
  "/v4/link/delayed",
  "/v4/magnet/upload",
  "/v4/magnet/upload/file",
  "/v4.1/magnet/status",
  "/v4/magnet/status",
  "/v4/magnet/files",
  "/v4/magnet/delete",
  "/v4/magnet/restart",
  "/v4/user/links",
  "/v4/user/links/save",
  "/v4/user/links/delete",
  "/v4/user/history",
  "/v4/user/history/delete",
  "/v4/voucher/balance",
  "/v4/voucher/get",
  "/v4/voucher/generate",
] as const satisfies readonly EndpointPath[];

export function isEndpointPath(path: string): path is EndpointPath {
  return (ALL_ENDPOINTS as readonly string[]).includes(path);
}

// A compile-time check that the list above names every endpoint of the map.
type Unlisted = Exclude<EndpointPath, (typeof ALL_ENDPOINTS)[number]>;
const everyEndpointListed: Unlisted extends never ? true : Unlisted = true;
void everyEndpointListed;
