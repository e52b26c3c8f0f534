// `npm start` (scripts/start.mjs) stopped by SIGTERM or Ctrl+C (SIGINT) stops everything it
// started: no wrangler or workerd is left behind holding the port. Offline; it skips the build
// when dist/web is there (npm test builds first).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/dev-server.mjs";
import { waitUntil } from "../wait-until";

/** Every process under `pid`, however deep (npx, wrangler, workerd, esbuild…). */
function descendants(pid: number): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const parents = [pid];
  while (parents.length > 0) {
    const parent = parents.pop();
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        parents.push(child);
      }
    }
  }
  return found;
}

/** Running, that is: there and not a zombie (this machine's init may leave those unreaped). */
function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return false;
  }
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("npm start", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "stops wrangler and workerd, and frees the port, on %s",
    async (signal) => {
      const port = await freePort();
      const args = ["scripts/start.mjs", ...(existsSync("dist/web/index.html") ? ["--no-build"] : [])];
      const env = {
        ...process.env,
        PORT: String(port),
        WRANGLER_PERSIST_TO: mkdtempSync(join(tmpdir(), "debrid-start-")),
        WRANGLER_LOG: "warn",
      };
      const start = spawn("node", args, { env, stdio: "ignore" });
      const exited = exitOf(start);
      await waitUntil(
        async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok,
        "npm start to answer",
        { timeoutMs: 90_000, everyMs: 250 },
      );
      const started = descendants(start.pid!);
      expect(started.length).toBeGreaterThan(1);

      start.kill(signal);
      expect(await exited).toBe(signal === "SIGINT" ? 130 : 143);
      expect(started.filter(alive)).toEqual([]);
      expect(await portTaken(port)).toBe(false);
    },
    120_000,
  );
});
