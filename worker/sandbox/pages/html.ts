// The sandbox's small HTML pages (PIN approval, new-location verification): plain forms, no
// scripts and no inline styles, since the deployment's CSP forbids inline code.
import { AllDebridError } from "../../../protocol/alldebrid";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** `body` must already be escaped HTML. */
export function htmlPage(title: string, body: string, status = 200): Response {
  const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><link rel="stylesheet" href="/sandbox/pages.css"><title>${escapeHtml(title)}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
<p><small>AllDebrid sandbox: nothing here reaches the real service.</small></p>
</main>
</body>
</html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

/** Reads a form (urlencoded or multipart) or the query string, whichever holds `name`; a broken form is BAD_REQUEST. */
export async function formValue(request: Request, name: string): Promise<string> {
  const fromQuery = new URL(request.url).searchParams.get(name);
  const type = request.headers.get("Content-Type") ?? "";
  if (request.method === "POST" && (type.includes("form-urlencoded") || type.includes("multipart/form-data"))) {
    const form = await request
      .clone()
      .formData()
      .catch(() => {
        throw new AllDebridError("BAD_REQUEST", "The form could not be read");
      });
    const value = form.get(name);
    if (typeof value === "string" && value) return value;
  }
  return fromQuery ?? "";
}

/** The pages' look, served as a file because the CSP allows only same-origin stylesheets. */
export const PAGES_CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;background:Canvas;color:CanvasText}
main{max-width:28rem;margin:0 auto;padding:24px 16px}
h1{font-size:1.6rem;margin:0 0 12px}
label{display:block;margin:12px 0 4px;font-weight:600}
input[type=text],input:not([type]){font:inherit;width:100%;box-sizing:border-box;padding:10px;border:1px solid GrayText;border-radius:8px;letter-spacing:.2em;text-transform:uppercase}
fieldset{border:1px solid GrayText;border-radius:8px;margin:16px 0;padding:8px 12px}
fieldset label{display:inline-flex;gap:6px;margin:4px 16px 4px 0;font-weight:400}
button{font:inherit;min-height:44px;padding:8px 20px;border-radius:999px;border:1px solid #0f766e;background:#0f766e;color:#fff;cursor:pointer;margin:4px 8px 4px 0}
button[value=deny]{background:transparent;color:inherit;border-color:GrayText}
small{color:GrayText}`;
