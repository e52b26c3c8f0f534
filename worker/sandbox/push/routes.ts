// The push stand-in's hooks: GET /sandbox/push?endpoint=URL lists what was sent to URL (oldest
// first), DELETE forgets it and its faults, POST /sandbox/push/faults sets the answers to give.
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { SANDBOX_PUSH_ORIGIN } from "../../../protocol/push";
import { badInput, badJson } from "../../api/validation";
import type { AppEnv } from "../../env";
import { sandboxStub } from "../stub";
import { pushFaultSchema } from "./store";

const sandboxUrl = z
  .string()
  .max(2048)
  .refine((url) => url.startsWith(`${SANDBOX_PUSH_ORIGIN}/`), { message: `must start with ${SANDBOX_PUSH_ORIGIN}/` });

const endpointQuery = z.object({ endpoint: sandboxUrl });
const faultsBody = z.object({ endpoint: sandboxUrl, faults: z.array(pushFaultSchema).max(20) });

export const pushRoutes = new Hono<AppEnv>()
  .get("/push", zValidator("query", endpointQuery, badInput()), async (c) => {
    const requests = await sandboxStub(c.env).pushRequests(c.req.valid("query").endpoint);
    return c.json({ status: "success", data: { requests } });
  })
  .delete("/push", zValidator("query", endpointQuery, badInput()), async (c) => {
    await sandboxStub(c.env).forgetPush(c.req.valid("query").endpoint);
    return c.json({ status: "success", data: { requests: [] } });
  })
  .post("/push/faults", zValidator("json", faultsBody, badJson()), async (c) => {
    const { endpoint, faults } = c.req.valid("json");
    await sandboxStub(c.env).setPushFaults(endpoint, faults);
    return c.json({ status: "success", data: { faults } });
  });
