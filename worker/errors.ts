// One error shape for the whole API surface: the AllDebrid envelope. Handlers throw an
// AllDebridError (or an HTTPException); onError and notFound turn everything into an envelope
// with a fitting status, and never leak a stack trace or a key.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { AllDebridError, type ErrorCode, httpStatusFor } from "../protocol/alldebrid";
import type { AppEnv } from "./env";

export function apiError(code: ErrorCode, message?: string): AllDebridError {
  return new AllDebridError(code, message, httpStatusFor(code));
}

export function errorResponse(error: AllDebridError, headers?: HeadersInit): Response {
  const status = error.status >= 200 && error.status <= 599 ? error.status : 500;
  const response = Response.json(error.toBody(), { status, headers });
  return response;
}

export function onError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof AllDebridError) return errorResponse(err);
  if (err instanceof HTTPException) {
    const status = err.status;
    const code: ErrorCode = status === 413 ? "BODY_TOO_LARGE" : status === 429 ? "RATE_LIMITED" : "BAD_REQUEST";
    return errorResponse(new AllDebridError(code, undefined, status), err.getResponse().headers);
  }
  // Unexpected: log the kind only (a message may hold user input such as a key).
  console.error(`unexpected ${err.name} on ${c.req.method} ${new URL(c.req.url).pathname}`);
  return errorResponse(apiError("INTERNAL"));
}

/** The API answers GET and POST only (the sandbox and the edge alike). */
export function methodNotAllowed(): Response {
  return errorResponse(new AllDebridError("BAD_REQUEST", "Only GET and POST are accepted", 405), {
    Allow: "GET, POST",
  });
}

export function notFound(): Response {
  return errorResponse(new AllDebridError("404", undefined, 404));
}
