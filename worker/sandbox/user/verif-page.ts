// The sandbox's stand-in for the new-location email: /sandbox/verif/?token=… lets a person
// allow or deny the location (POST the same URL with `decision=allow|deny` to do it from a test).
import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { escapeHtml, formValue, htmlPage } from "../pages/html";
import { sandboxStub } from "../stub";

function form(token: string): string {
  return `<p>Someone signs in to your AllDebrid sandbox account from a new location, device or app.</p>
<form method="post" action="./">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<p><button type="submit" name="decision" value="allow">Allow this location</button>
<button type="submit" name="decision" value="deny">Deny</button></p>
</form>`;
}

export const verifPage = new Hono<AppEnv>()
  .get("/verif/", (c) => htmlPage("Confirm a new sign-in", form(c.req.query("token") ?? "")))
  .post("/verif/", async (c) => {
    const token = await formValue(c.req.raw, "token");
    const allow = (await formValue(c.req.raw, "decision")) !== "deny";
    const decided = await sandboxStub(c.env).decideVerification(token, allow);
    if (!decided)
      return htmlPage("Unknown or answered request", "<p>This verification is unknown or already answered.</p>", 404);
    return htmlPage(allow ? "Location allowed" : "Location denied", "<p>You can close this page.</p>");
  });
