// What an apikey can look like. AllDebrid keys are short runs of letters and digits; the
// sandbox's are `sandbox` plus a few more. Anything else (a zero-width or non-breaking space from
// a copy-paste, a control character, a page of text) cannot be a key: the edge refuses it at
// once, before building any header or making any call, and the app says so before sending it.

/** Printable ASCII without spaces, 8 to 128 characters. */
const PLAUSIBLE_APIKEY = /^[\x21-\x7e]{8,128}$/;

export function isPlausibleApikey(apikey: string): boolean {
  return PLAUSIBLE_APIKEY.test(apikey);
}
