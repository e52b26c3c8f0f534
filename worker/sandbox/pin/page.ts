// The sandbox's PIN page (user_url of pin/get): a person enters or confirms the PIN and picks a
// plan; approving creates a dynamic account. POST to the same URL approves programmatically
// (form or query `pin`, optional `plan`). POST /sandbox/pin/expire expires a PIN (test hook).
import { Hono } from "hono";
import type { AppEnv } from "../../env";
import type { Plan } from "../accounts/keys";
import { escapeHtml, formValue, htmlPage } from "../pages/html";
import { sandboxStub } from "../stub";

const PLANS: Plan[] = ["premium", "trial", "free"];

function form(pin: string): string {
  const plans = PLANS.map(
    (plan, index) =>
      `<label><input type="radio" name="plan" value="${plan}"${index === 0 ? " checked" : ""}> ${plan}</label>`,
  ).join("\n");
  return `<p>An application asks to sign in to your AllDebrid sandbox account with this PIN.</p>
<form method="post" action="./">
<p><label>PIN <input name="pin" value="${escapeHtml(pin)}" required maxlength="8" autocomplete="off"></label></p>
<fieldset><legend>Account plan</legend>
${plans}
</fieldset>
<p><button type="submit">Approve</button></p>
</form>`;
}

export const pinPage = new Hono<AppEnv>()
  .get("/pin/", (c) => htmlPage("Sign in with a PIN", form(c.req.query("pin") ?? "")))
  .get("/pin", (c) => c.redirect(`./pin/${new URL(c.req.url).search}`))
  .post("/pin/", async (c) => {
    const pin = await formValue(c.req.raw, "pin");
    const chosen = await formValue(c.req.raw, "plan");
    const plan = PLANS.find((candidate) => candidate === chosen) ?? "premium";
    const result = await sandboxStub(c.env).approvePin(pin, plan);
    if (result.approved)
      return htmlPage("PIN approved", `<p>The application is now signed in (${escapeHtml(plan)} account).</p>`);
    if (result.reason === "expired")
      return htmlPage("PIN expired", "<p>This PIN has expired. Ask for a new one.</p>", 410);
    return htmlPage("Unknown PIN", `<p>No PIN matches.</p>${form(pin)}`, 404);
  })
  .post("/pin/expire", async (c) => {
    const expired = await sandboxStub(c.env).expirePin(await formValue(c.req.raw, "pin"));
    return c.json({ expired }, expired ? 200 : 404);
  });
