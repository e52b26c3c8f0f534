// The response envelope every AllDebrid endpoint answers with, and the one error type the
// app, the Worker and the tests use to carry an error envelope around.
import { ERROR_MESSAGES, httpStatusFor, isErrorCode } from "./errors";

/** The Content-Type of every envelope. */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

export interface ApiErrorBody {
  code: string;
  message: string;
  /** Only on AUTH_BLOCKED: the token for /v4/user/verif. */
  token?: string;
}

interface ApiSuccess<T> {
  status: "success";
  data: T;
  /** Set on answers to the documented demo apikeys (the docs show it as "true"). */
  demo?: boolean | "true";
  /** Set on answers of deprecated endpoints. */
  deprecated?: boolean;
}

export interface ApiFailure {
  status: "error";
  error: ApiErrorBody;
  deprecated?: boolean;
}

export type ApiResponse<T> = ApiSuccess<T> | ApiFailure;

export interface AllDebridErrorDetails {
  /** Only on AUTH_BLOCKED: the token for /v4.1/user/verif. */
  token?: string;
  /** When to try again (429, 503): sent as Retry-After. */
  retryAfterSeconds?: number;
  /** The error of a deprecated or retired endpoint form: the envelope says `deprecated: true`. */
  deprecated?: boolean;
}

/**
 * An error envelope as a throwable value. `status` is the HTTP status it came (or goes) with: by
 * default the one the live service gives its code (200 for AllDebrid's own errors, 404, 429, 5xx).
 */
export class AllDebridError extends Error {
  readonly code: string;
  readonly status: number;
  readonly token?: string;
  readonly retryAfterSeconds?: number;
  readonly deprecated?: boolean;

  constructor(code: string, message?: string, status = httpStatusFor(code), details: AllDebridErrorDetails = {}) {
    super(message ?? (isErrorCode(code) ? ERROR_MESSAGES[code] : code));
    this.name = "AllDebridError";
    this.code = code;
    this.status = status;
    this.token = details.token;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.deprecated = details.deprecated;
  }

  /** The error envelope: the one way an error becomes what a client reads (the Worker and the sandbox alike). */
  toBody(): ApiFailure {
    const error: ApiErrorBody = { code: this.code, message: this.message };
    if (this.token) error.token = this.token;
    return this.deprecated ? { status: "error", error, deprecated: true } : { status: "error", error };
  }
}

/** True when a parsed JSON value has the shape of an AllDebrid envelope. */
export function isEnvelope(value: unknown): value is ApiResponse<unknown> {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { status?: unknown; data?: unknown; error?: unknown };
  if (v.status === "success") return "data" in v;
  if (v.status === "error") {
    const e = v.error as { code?: unknown; message?: unknown } | undefined;
    return typeof e === "object" && e !== null && typeof e.code === "string";
  }
  return false;
}

/** An error that sits inside an array item (link/infos, magnet/upload, magnet/files...). */
export interface ItemError {
  error: ApiErrorBody;
}

/** The error of one array item, with the documented message of its code. */
export function itemError(code: string): ItemError {
  return { error: new AllDebridError(code).toBody().error };
}

export function isItemError<T extends object>(item: T | ItemError): item is ItemError {
  return "error" in item && typeof item.error === "object" && item.error !== null;
}
