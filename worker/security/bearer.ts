// The apikey of an `Authorization: Bearer …` header, read the same way by the edge, the app's API
// and the sandbox.

/** The token after "Bearer ", trimmed; null when the header is missing, another scheme or empty. */
export function bearerOf(request: Request): string | null {
  const auth = request.headers.get("Authorization");
  return auth?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() || null;
}
