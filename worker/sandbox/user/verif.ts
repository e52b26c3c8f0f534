// /v4/user/verif and /v4/user/verif/resend for a new location (a `sandboxblocked…` key's
// AUTH_BLOCKED token): waiting (resendable), allowed (with the apikey) or denied.
import { AllDebridError, type VerifData, type VerifResendData } from "../../../protocol/alldebrid";
import { verificationByToken } from "../accounts/blocked";
import type { HandlerContext } from "../context";

function verification(ctx: HandlerContext) {
  const row = verificationByToken(ctx.sql, ctx.params.get("token") ?? "");
  if (!row) throw new AllDebridError("PIN_EXPIRED");
  return row;
}

export function verif(ctx: HandlerContext): VerifData {
  const row = verification(ctx);
  if (row.verif === "allowed") return { verif: "allowed", apikey: row.apikey };
  if (row.verif === "denied") return { verif: "denied" };
  return { verif: "waiting", resendable: row.resent === 0 };
}

export function verifResend(ctx: HandlerContext): VerifResendData {
  const row = verification(ctx);
  if (row.resent !== 0) throw new AllDebridError("ALREADY_SENT");
  ctx.sql.exec("UPDATE verifications SET resent = 1 WHERE token = ?", row.token);
  return { sent: true };
}
