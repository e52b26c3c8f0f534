// The PIN sign-in endpoints: /v4.1/pin/get, the deprecated /v4/pin/get (with check_url) and
// pin/check (activated false, then true with the apikey; PIN_EXPIRED, PIN_INVALID).
import { AllDebridError, type PinCheckData, type PinGetData, type PinGetV4Data } from "../../../protocol/alldebrid";
import type { HandlerContext, SandboxFeature } from "../context";
import { createPin, migrate, pinByCheck } from "./store";

function pinGet(ctx: HandlerContext): PinGetData {
  const row = createPin(ctx.sql, ctx.now, ctx.config.pinTtlSeconds ?? 600);
  return {
    pin: row.pin,
    check: row.check_token,
    expires_in: ctx.config.pinTtlSeconds ?? 600,
    user_url: `${ctx.baseUrl}/pin/?pin=${row.pin}`,
    base_url: `${ctx.baseUrl}/pin/`,
  };
}

function pinGetV4(ctx: HandlerContext): PinGetV4Data {
  const data = pinGet(ctx);
  return { ...data, check_url: `${ctx.baseUrl}/v4/pin/check?check=${data.check}&pin=${data.pin}` };
}

function pinCheck(ctx: HandlerContext): PinCheckData {
  const row = pinByCheck(ctx.sql, ctx.params.get("check") ?? "");
  if (!row || row.pin !== ctx.params.get("pin")?.trim().toUpperCase()) throw new AllDebridError("PIN_INVALID");
  if (row.expires <= ctx.now) throw new AllDebridError("PIN_EXPIRED");
  const expires_in = Math.ceil((row.expires - ctx.now) / 1000);
  return row.apikey ? { apikey: row.apikey, activated: true, expires_in } : { activated: false, expires_in };
}

export const pin: SandboxFeature = {
  migrate,
  handlers: {
    "pin/get": { v4: pinGetV4, "v4.1": pinGet },
    "pin/check": pinCheck,
  },
};
