// Every error code AllDebrid documents, with its documented message, plus the few codes this
// deployment adds for faults of its own (upstream unreachable, allowlist, body limit...).

export const DOCUMENTED_ERRORS = {
  GENERIC: "An orror occured",
  "404": "Endpoint doesn't exist",
  /** A retired endpoint version (the live service's text; the 2025 documentation predates it). */
  DISCONTINUED: "This API endpoint has been discontinued, please migrate to newest API. See https://docs.alldebrid.com",
  MAINTENANCE: "Alldebrid is under maintenance, please retry later",
  AUTH_MISSING_APIKEY: "The auth apikey was not sent",
  AUTH_BAD_APIKEY: "The auth apikey is invalid",
  AUTH_BLOCKED: "This apikey is geo-blocked or ip-blocked",
  AUTH_USER_BANNED: "This account is banned",
  ALREADY_SENT: "The verification email has already been sent again",
  NO_SERVER: "Servers are not allowed to use this feature. Visit https://alldebrid.com/vpn if you're using a VPN.",
  LINK_IS_MISSING: "No link was sent",
  BAD_LINK: "Sent link in not valid",
  LINK_HOST_NOT_SUPPORTED: "This host or link is not supported",
  LINK_DOWN: "This link is not available on the file hoster website",
  LINK_PASS_PROTECTED: "Link is password protected",
  LINK_HOST_UNAVAILABLE: "Host under maintenance or not available",
  LINK_TOO_MANY_DOWNLOADS: "Too many concurrent downloads for this host",
  LINK_HOST_FULL: "All servers are full for this host, please retry later",
  LINK_HOST_LIMIT_REACHED: "You have reached the download limit for this host",
  LINK_ERROR: "Could not unlock this link",
  LINK_TEMPORARY_UNAVAILABLE: "The link is temporary unavalible on the website",
  LINK_NOT_SUPPORTED: "The link is not supported for this host",
  REDIRECTOR_NOT_SUPPORTED: "Redirector not supported",
  REDIRECTOR_ERROR: "Could not extract links",
  STREAM_INVALID_GEN_ID: "Invalid generation ID",
  STREAM_INVALID_STREAM_ID: "Invalid stream ID",
  DELAYED_INVALID_ID: "This delayed link id is invalid",
  FREE_TRIAL_LIMIT_REACHED:
    "You have reached the free trial limit (7 days / 25GB downloaded or host uneligible for free trial)",
  MUST_BE_PREMIUM: "You must be premium to process this link",
  MAGNET_INVALID_ID: "This magnet ID does not exists or is invalid",
  MAGNET_INVALID_URI: "Magnet is not valid",
  MAGNET_INVALID_FILE: "File is not a valid torrent",
  MAGNET_FILE_UPLOAD_FAILED: "File upload failed",
  MAGNET_NO_URI: "No magnet sent",
  MAGNET_PROCESSING: "Magnet is processing or completed",
  MAGNET_TOO_MANY_ACTIVE: "Already have maximum allowed active magnets (30)",
  MAGNET_TOO_MANY: "Magnets limit reached (1000 accross all tabs)",
  MAGNET_MUST_BE_PREMIUM: "You must be premium to use this feature",
  MAGNET_NO_SERVER:
    "Server are not allowed to use this feature. Visit https://alldebrid.com/vpn if you're using a VPN.",
  MAGNET_TOO_LARGE: "Magnet files are too large (max 1TB)",
  MAGNET_UPLOAD_FAILED: "Upload fail",
  MAGNET_INTERNAL_ERROR: "Internal error",
  MAGNET_CANT_BOOTSTRAP: "Not downloaded in 20 min",
  MAGNET_MAGNET_TOO_BIG: "File too big, more than 1TB",
  MAGNET_TOOK_TOO_LONG: "Download took more than 72h",
  MAGNET_LINKS_REMOVED: "Removed from hoster website",
  MAGNET_PROCESSING_FAILED: "Proccessing failed (bad torrent ?)",
  /**
   * Not in the documentation; 2026 clients list it. Its meaning is not documented either: by its
   * name the service is cooling down on that magnet, so a client says so and tries again later.
   * The message is this project's wording.
   */
  MAGNET_PROCESSING_COOLDOWN: "This magnet was processed moments ago, please retry later",
  PIN_ALREADY_AUTHED: "You already have a valid auth apikey",
  PIN_EXPIRED: "The pin is expired",
  PIN_INVALID: "The pin is invalid",
  USER_LINK_MISSING: "No link provided",
  USER_LINK_INVALID: "Can't save those links",
  MISSING_NOTIF_ENDPOINT: "You must provide an endpoint to unsubscribe",
  VOUCHER_DURATION_INVALID: "Duration is invalid",
  VOUCHER_NB_INVALID: "Voucher number is invalid",
  NO_MORE_VOUCHER: "No more available vouchers for this duration",
  INSUFFICIENT_BALANCE: "No enough balance",
  DOWNLOAD_FAILED: "Download failed",
  ACCOUNT_INVALID: "This account doens't have access to this endpoint",
  NO_JSON_PARAM: "Missing json payload",
  JSON_INVALID: "json payload is not valid JSON",
  FREEDAYS_INVALID_COUNTRY: "Invalid country code",
  FREEDAYS_INVALID_PHONE: "Invalid phone",
  FREEDAYS_INVALID_PROVIDER: "Invalid provider",
  FREEDAYS_USED_PHONE: "Phone number already used",
  FREEDAYS_ALREADY_REQUESTED: "A freedays request has already been started",
  FREEDAYS_INVALID_STATUS: "Bad status",
  FREEDAYS_TOO_MUCH_RETRIES: "Too much retries",
  FREEDAYS_INVALID_CODE: "Invalid code",
  FREEDAYS_DENIED: "Freedays can't be activated",
  FREEDAYS_ERROR_SENDING: "Could not send the message",
} as const;

/** Codes this deployment answers with when the fault is its own or the upstream's transport. */
const EDGE_ERRORS = {
  UPSTREAM_UNAVAILABLE: "AllDebrid could not be reached, please retry in a moment",
  UPSTREAM_TIMEOUT: "AllDebrid took too long to answer, please retry in a moment",
  UPSTREAM_INVALID_RESPONSE: "AllDebrid sent an answer that could not be read",
  RATE_LIMITED: "Too many requests for this account, slow down and retry",
  ACCESS_DENIED: "This AllDebrid account is not allowed on this deployment",
  BODY_TOO_LARGE: "The request body is too large",
  BAD_REQUEST: "The request could not be read",
  LIVE_TICKET_INVALID: "This live ticket is invalid, expired or already used",
  INTERNAL: "Something went wrong on this deployment",
} as const;

export type DocumentedErrorCode = keyof typeof DOCUMENTED_ERRORS;
type EdgeErrorCode = keyof typeof EDGE_ERRORS;
export type ErrorCode = DocumentedErrorCode | EdgeErrorCode;

export const ERROR_MESSAGES: Record<ErrorCode, string> = { ...DOCUMENTED_ERRORS, ...EDGE_ERRORS };

/** Codes that mean the apikey itself will not work again as it is: sign in again (or verify the location). */
export const REFUSED_APIKEY_CODES: ReadonlySet<string> = new Set([
  "AUTH_BAD_APIKEY",
  "AUTH_MISSING_APIKEY",
  "AUTH_USER_BANNED",
  "AUTH_BLOCKED",
]);

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_MESSAGES, code);
}

/**
 * The HTTP status each error travels with. AllDebrid dropped 400/401 in 2023 and answers most
 * errors with 200; it keeps 404 for unknown endpoints and 429/5xx for load. Our own codes use
 * the status a generic HTTP client understands.
 */
export function httpStatusFor(code: string): number {
  switch (code) {
    case "404":
      return 404;
    case "MAINTENANCE":
      return 503;
    case "RATE_LIMITED":
      return 429;
    case "ACCESS_DENIED":
      return 403;
    case "BODY_TOO_LARGE":
      return 413;
    case "BAD_REQUEST":
      return 400;
    case "LIVE_TICKET_INVALID":
      return 401;
    case "UPSTREAM_UNAVAILABLE":
    case "UPSTREAM_INVALID_RESPONSE":
      return 502;
    case "UPSTREAM_TIMEOUT":
      return 504;
    case "INTERNAL":
      return 500;
    default:
      return 200;
  }
}
