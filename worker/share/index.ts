// POST /share that reached the server: the share sheet posted before the app's service worker
// was installed (first visit, private window). Nothing is stored on the server: the shared text
// goes back to the app in the 303's address (the page keeps it on the device), and the page
// is told when files or part of a long text could not come along.
import { Hono } from "hono";
import type { AppEnv } from "../env";

/** Each text field is cut here so the redirect stays a reasonable address. */
const MAX_FIELD = 2000;

export const share = new Hono<AppEnv>().post("/", async (c) => {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    return c.redirect("/share?error=unreadable", 303);
  }
  const target = new URLSearchParams();
  let cut = false;
  for (const name of ["title", "text", "url"]) {
    const value = form.get(name);
    if (typeof value !== "string" || value.trim() === "") continue;
    if (value.length > MAX_FIELD) cut = true;
    target.set(name, value.slice(0, MAX_FIELD));
  }
  const files = form.getAll("files").filter((entry) => typeof entry !== "string" && (entry.size > 0 || entry.name));
  if (files.length > 0) target.append("error", "files-not-kept");
  if (cut) target.append("error", "too-long");
  if ([...target.keys()].length === 0) return c.redirect("/share", 303);
  return c.redirect(`/share?${target}`, 303);
});
