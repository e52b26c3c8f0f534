// One error shape for the whole API surface: the AllDebrid envelope. Handlers and middleware
// throw an AllDebridError (its HTTP status taken from its code unless given); onError and
// notFound are the only places that turn errors into responses, and never leak a stack trace
// or a key.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { AllDebridError, type ErrorCode, JSON_CONTENT_TYPE } from "../protocol/alldebrid";
import type { AppEnv } from "./env";

/** The envelope of an error with its status, Retry-After (429, 503) and Allow (405) headers. */
export function errorResponse(error: AllDebridError): Response {
  const status = error.status >= 200 && error.status <= 599 ? error.status : 500;
  const headers = new Headers({ "Content-Type": JSON_CONTENT_TYPE });
  if (error.retryAfterSeconds !== undefined) headers.set("Retry-After", String(error.retryAfterSeconds));
  else if (status === 429) headers.set("Retry-After", "1");
  if (status === 405) headers.set("Allow", "GET, POST");
  return new Response(JSON.stringify(error.toBody()), { status, headers });
}

export function onError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof AllDebridError) return errorResponse(err);
  if (err instanceof HTTPException) {
    const status = err.status;
    const code: ErrorCode = status === 413 ? "BODY_TOO_LARGE" : status === 429 ? "RATE_LIMITED" : "BAD_REQUEST";
    return errorResponse(new AllDebridError(code, undefined, status));
  }
  // Unexpected: log the kind only (a message may hold user input such as a key).
  console.error(`unexpected ${err.name} on ${c.req.method} ${new URL(c.req.url).pathname}`);
  return errorResponse(new AllDebridError("INTERNAL"));
}

export function notFound(): Response {
  return errorResponse(new AllDebridError("404"));
}

/** The API answers GET and POST only (the edge and the sandbox alike): throw it. */
export function methodNotAllowed(): AllDebridError {
  return new AllDebridError("BAD_REQUEST", "Only GET and POST are accepted", 405);
}
