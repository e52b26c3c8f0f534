// Inputs of our own routes (/api/*, the sandbox's hooks) are checked by zod before a handler
// sees them; what fails is thrown as an AllDebrid error naming what was wrong.
import type { Context } from "hono";
import type { core } from "zod";
import { AllDebridError, type ErrorCode } from "../../protocol/alldebrid";

type Checked = { success: true } | { success: false; error: core.$ZodError };

/** The hook for @hono/zod-validator: a failed check throws `code` (BAD_REQUEST by default) with the issues. */
export function badInput(code: ErrorCode = "BAD_REQUEST") {
  return (result: Checked): undefined => {
    if (result.success) return undefined;
    const issues = result.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`);
    throw new AllDebridError(code, code === "BAD_REQUEST" ? issues.join("; ") : undefined);
  };
}

/** The same for a JSON body, saying so when the body was not sent as JSON at all. */
export function badJson() {
  const issues = badInput();
  return (result: Checked, c: Context): undefined => {
    if (!result.success && !/^application\/([\w.-]+\+)?json\b/i.test(c.req.header("Content-Type") ?? ""))
      throw new AllDebridError("BAD_REQUEST", "Send the body as JSON, with Content-Type: application/json");
    return issues(result);
  };
}
