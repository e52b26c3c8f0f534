// A small typed AllDebrid client that runs anywhere fetch does (Worker, browser, Node).
// The apikey goes in the Authorization header, never in the URL; parameters go in the query
// string for GET and in a form body for POST (urlencoded, or multipart when files are sent).

import type { DataOf, EndpointPath, ParamsOf } from "./endpoints";
import { AllDebridError, type ApiResponse, isEnvelope } from "./envelope";

type ParamValue = string | number | boolean | ReadonlyArray<string | number> | undefined;
export type RequestParams = Record<string, ParamValue>;

export interface UploadFile {
  name: string;
  data: Blob;
}

export interface CallOptions {
  method?: "GET" | "POST";
  /** Sent as multipart `files[]`; forces a multipart POST. */
  files?: UploadFile[];
  signal?: AbortSignal;
}

export interface ClientOptions {
  /** e.g. https://api.alldebrid.com, or a deployment of this project, or its /sandbox. */
  baseUrl: string;
  apikey?: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

/** Array values become `name[]=a&name[]=b`; a name that already ends in [] is kept as is. */
export function encodeParams(params: RequestParams): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      const key = name.endsWith("[]") ? name : `${name}[]`;
      for (const item of value) pairs.push([key, String(item)]);
    } else {
      pairs.push([name, String(value)]);
    }
  }
  return pairs;
}

/** Builds the fetch Request for one call. */
function buildRequest(
  options: ClientOptions,
  path: string,
  params: RequestParams = {},
  call: CallOptions = {},
): Request {
  const method = call.files ? "POST" : (call.method ?? "POST");
  const url = new URL(options.baseUrl.replace(/\/$/, "") + path);
  const headers = new Headers(options.headers);
  if (options.apikey) headers.set("Authorization", `Bearer ${options.apikey}`);
  const pairs = encodeParams(params);
  let body: BodyInit | undefined;
  if (method === "GET") {
    for (const [k, v] of pairs) url.searchParams.append(k, v);
  } else if (call.files) {
    const form = new FormData();
    for (const [k, v] of pairs) form.append(k, v);
    for (const file of call.files) form.append("files[]", file.data, file.name);
    body = form;
  } else {
    body = new URLSearchParams(pairs);
  }
  return new Request(url, { method, headers, body, signal: call.signal });
}

/** Reads a response into an envelope; anything that is not one becomes an AllDebridError. */
async function readEnvelope<T>(response: Response): Promise<ApiResponse<T>> {
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AllDebridError("UPSTREAM_INVALID_RESPONSE", undefined, response.status);
  }
  if (!isEnvelope(parsed)) throw new AllDebridError("UPSTREAM_INVALID_RESPONSE", undefined, response.status);
  return parsed as ApiResponse<T>;
}

export class AllDebridClient {
  constructor(private readonly options: ClientOptions) {}

  /**
   * The whole envelope (to see `demo` or `deprecated`), its HTTP status and the Retry-After it
   * came with (seconds, on a 429 or 503); errors are returned.
   */
  async request<P extends EndpointPath>(
    path: P,
    params?: ParamsOf<P>,
    call?: CallOptions,
  ): Promise<{ envelope: ApiResponse<DataOf<P>>; httpStatus: number; retryAfterSeconds?: number }> {
    const doFetch = this.options.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(buildRequest(this.options, path, params as RequestParams, call));
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
      throw new AllDebridError("UPSTREAM_UNAVAILABLE", undefined, 0);
    }
    const retryAfter = Number(response.headers.get("Retry-After") ?? Number.NaN);
    return {
      envelope: await readEnvelope<DataOf<P>>(response),
      httpStatus: response.status,
      retryAfterSeconds: retryAfter > 0 ? retryAfter : undefined,
    };
  }

  /** The data of a successful call; an error envelope is thrown as an AllDebridError. */
  async call<P extends EndpointPath>(path: P, params?: ParamsOf<P>, call?: CallOptions): Promise<DataOf<P>> {
    const { envelope, httpStatus, retryAfterSeconds } = await this.request(path, params, call);
    if (envelope.status === "success") return envelope.data;
    const { code, message, token } = envelope.error;
    throw new AllDebridError(code, message, httpStatus, { token, retryAfterSeconds });
  }
}
