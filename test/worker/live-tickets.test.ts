// Live tickets: a device trades its apikey (Bearer) for a short, single-use ticket, then opens
// the socket with it; nothing else opens a socket, and no apikey ever travels in a URL.
import { runInDurableObject } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { LiveTicket } from "../../protocol/live";
import type { Account } from "../../worker/account";
import { waitUntil } from "../wait-until";
import { accountOf, Device, newKey, ORIGIN, openWithTicket, ticketFor } from "./live-helpers";

async function ticketText(apikey: string): Promise<string> {
  const response = await ticketFor(apikey);
  expect(response.status).toBe(200);
  const body = await response.json<LiveTicket>();
  expect(body.expiresIn).toBe(60);
  expect(body.ticket).not.toContain(apikey);
  return body.ticket;
}

async function expectTicketRefused(response: Response): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.webSocket).toBeNull();
  expect(await response.json()).toEqual({
    status: "error",
    error: { code: "LIVE_TICKET_INVALID", message: "This live ticket is invalid, expired or already used" },
  });
}

describe("live tickets", () => {
  it("opens a socket whose first message is a snapshot of the account", async () => {
    const apikey = newKey();
    const upgraded = await openWithTicket(await ticketText(apikey));
    expect(upgraded.status).toBe(101);
    const device = new Device(upgraded.webSocket!);
    const first = await waitUntil(() => device.messages[0], "the first message");
    expect(first).toEqual({ type: "snapshot", version: 1, magnets: [] });
    device.close();
  });

  it("works once: the same ticket cannot open a second socket", async () => {
    const ticket = await ticketText(newKey());
    const first = await openWithTicket(ticket);
    expect(first.status).toBe(101);
    new Device(first.webSocket!).close();
    await expectTicketRefused(await openWithTicket(ticket));
  });

  it("expires after its lifetime", async () => {
    const apikey = newKey();
    const ticket = await ticketText(apikey);
    // Age every ticket the object issued by a minute instead of waiting one.
    await runInDurableObject(await accountOf(apikey), (_instance: Account, state) => {
      state.storage.sql.exec("UPDATE live_tickets SET expires = expires - 60000");
    });
    await expectTicketRefused(await openWithTicket(ticket));
  });

  it("refuses a made-up or altered ticket before upgrading", async () => {
    await expectTicketRefused(await openWithTicket("not-a-ticket"));
    const ticket = await ticketText(newKey());
    const middle = Math.floor(ticket.length / 2);
    const altered = ticket.slice(0, middle) + (ticket[middle] === "A" ? "B" : "A") + ticket.slice(middle + 1);
    await expectTicketRefused(await openWithTicket(altered));
    await expectTicketRefused(await openWithTicket(""));
  });

  it("keeps the apikey only sealed in the object's storage", async () => {
    const apikey = newKey();
    await ticketText(apikey);
    const stored = await runInDurableObject(await accountOf(apikey), (_instance: Account, state) => {
      const tables = state.storage.sql
        .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'live_%'")
        .toArray();
      return tables.map(({ name }) => JSON.stringify(state.storage.sql.exec(`SELECT * FROM ${name}`).toArray()));
    });
    expect(stored.join("\n")).toContain("sealed_apikey");
    expect(stored.join("\n")).not.toContain(apikey);
    expect(stored.join("\n")).not.toContain(apikey.slice("sandbox".length));
  });

  it("asks for the apikey when none is sent", async () => {
    const response = await exports.default.fetch(`${ORIGIN}/api/live/ticket`, { method: "POST" });
    expect(await response.json()).toEqual({
      status: "error",
      error: { code: "AUTH_MISSING_APIKEY", message: "The auth apikey was not sent" },
    });
  });

  it("checks the apikey with AllDebrid: an invalid one gets no ticket", async () => {
    const response = await ticketFor("certainly-not-a-valid-key");
    expect(await response.json()).toMatchObject({ status: "error", error: { code: "AUTH_BAD_APIKEY" } });
    const banned = await ticketFor(newKey("sandboxbanned"));
    expect(await banned.json()).toMatchObject({ status: "error", error: { code: "AUTH_USER_BANNED" } });
  });

  it("answers a plain GET with a ticket (no WebSocket upgrade) with an envelope, keeping the ticket", async () => {
    const ticket = await ticketText(newKey());
    const plain = await exports.default.fetch(`${ORIGIN}/api/live?ticket=${encodeURIComponent(ticket)}`);
    expect(plain.status).toBe(400);
    expect(await plain.json()).toMatchObject({ status: "error", error: { code: "BAD_REQUEST" } });
    expect((await openWithTicket(ticket)).status).toBe(101);
  });
});
