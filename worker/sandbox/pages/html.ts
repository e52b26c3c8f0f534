// The sandbox's small HTML pages (PIN approval, new-location verification): plain forms, no
// scripts and no inline styles, since the deployment's CSP forbids inline code.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** `body` must already be escaped HTML. */
export function htmlPage(title: string, body: string, status = 200): Response {
  const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
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

/** Reads a form (urlencoded or multipart) or the query string, whichever holds `name`. */
export async function formValue(request: Request, name: string): Promise<string> {
  const fromQuery = new URL(request.url).searchParams.get(name);
  const type = request.headers.get("Content-Type") ?? "";
  if (request.method === "POST" && (type.includes("form-urlencoded") || type.includes("multipart/form-data"))) {
    const value = (await request.clone().formData()).get(name);
    if (typeof value === "string" && value) return value;
  }
  return fromQuery ?? "";
}
