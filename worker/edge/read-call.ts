// One API call as the edge receives it, ready to forward: the apikey taken out of wherever the
// client put it (Bearer header, `apikey` in the query or the form), everything else unchanged.
import { AllDebridError, resolveEndpoint } from "../../protocol/alldebrid";
import { bearerOf } from "../security/bearer";
import type { UpstreamCall } from "../upstream";

/** Drops `apikey=...` pairs from a urlencoded string, leaving every other byte as sent. */
function withoutApikey(encoded: string): { rest: string; apikey: string | null } {
  let apikey: string | null = null;
  const kept: string[] = [];
  for (const pair of encoded.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const name = decodeFormPart(equals < 0 ? pair : pair.slice(0, equals));
    // A bare `apikey` carries no key: it is dropped like any other apikey pair.
    if (name === "apikey") apikey = equals < 0 ? apikey : decodeFormPart(pair.slice(equals + 1)) || apikey;
    else kept.push(pair);
  }
  return { rest: kept.join("&"), apikey };
}

function decodeFormPart(part: string): string {
  try {
    return decodeURIComponent(part.replaceAll("+", " "));
  } catch {
    return part;
  }
}

/** Reads the request (its body already held to MAX_BODY_BYTES); a broken form is BAD_REQUEST. */
export async function readCall(request: Request, path: string): Promise<UpstreamCall> {
  const url = new URL(request.url);
  const query = withoutApikey(url.search.slice(1));
  const params = new URLSearchParams(query.rest);
  let apikey = query.apikey;
  const method = request.method === "POST" ? "POST" : "GET";
  let body: UpstreamCall["body"];
  if (method === "POST") {
    const contentType = request.headers.get("Content-Type") ?? "";
    if (contentType.includes("application/x-www-form-urlencoded")) {
      const form = withoutApikey(new TextDecoder().decode(await request.arrayBuffer()));
      apikey = form.apikey ?? apikey;
      for (const [name, value] of new URLSearchParams(form.rest)) params.append(name, value);
      body = { bytes: form.rest, contentType };
    } else if (contentType.includes("multipart/form-data")) {
      body = await readMultipart(request, contentType, params, (key) => {
        apikey = key;
      });
    } else {
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (bytes.length > 0) body = { bytes, contentType };
    }
  }
  return {
    path,
    endpoint: resolveEndpoint(path),
    method,
    search: query.rest ? `?${query.rest}` : "",
    body,
    params,
    apikey: bearerOf(request) ?? apikey,
  };
}

/** Checks the multipart body parses; forwards it byte for byte unless an apikey field must go. */
async function readMultipart(
  request: Request,
  contentType: string,
  params: URLSearchParams,
  onApikey: (apikey: string) => void,
): Promise<UpstreamCall["body"]> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  let form: FormData;
  try {
    form = await new Request("http://form.invalid/", {
      method: "POST",
      headers: { "Content-Type": contentType },
      body: bytes,
    }).formData();
  } catch {
    throw new AllDebridError("BAD_REQUEST", "The multipart form could not be read");
  }
  let hadApikey = false;
  const rest = new FormData();
  for (const [name, value] of form) {
    if (name === "apikey" && typeof value === "string") {
      hadApikey = true;
      onApikey(value);
      continue;
    }
    if (typeof value === "string") params.append(name, value);
    rest.append(name, value);
  }
  // FormData picks its own boundary, so the content type is left for fetch to set.
  return hadApikey ? { bytes: rest, contentType: "" } : { bytes, contentType };
}
