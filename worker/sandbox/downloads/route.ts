// GET/HEAD /sandbox/dl/<id>/<filename>: deterministic bytes of the announced size, with HTTP
// Range support (206 + Content-Range, 416 when unsatisfiable), streamed without buffering. A
// client that goes away mid-download (a player closed) is the normal end of a stream, not an error.
import { Hono } from "hono";
import type { AppEnv, Env } from "../../env";
import { hash32 } from "../links/patterns";
import { sandboxStub } from "../stub";
import { byteStream } from "./bytes";
import type { DownloadFile } from "./index";
import { readRange } from "./range";

function serve(request: Request, id: string, file: DownloadFile): Response {
  const headers = new Headers({
    "Accept-Ranges": "bytes",
    "Content-Type": "application/octet-stream",
    "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
  });
  const range = readRange(request.headers.get("Range"), file.size);
  if (range.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${file.size}`);
    return new Response(null, { status: 416, headers });
  }
  const [start, end] = range.kind === "part" ? [range.start, range.end] : [0, file.size];
  headers.set("Content-Length", String(end - start));
  if (range.kind === "part") headers.set("Content-Range", `bytes ${start}-${end - 1}/${file.size}`);
  const status = range.kind === "part" ? 206 : 200;
  const body = request.method === "HEAD" ? null : untilClientLeaves(byteStream(hash32(id), start, end), end - start);
  return new Response(body, { status, headers });
}

/**
 * The bytes piped into a stream of the announced length (so the answer keeps its Content-Length).
 * A client that hangs up makes the pipe fail and stop reading the file: caught here, not thrown.
 */
function untilClientLeaves(bytes: ReadableStream<Uint8Array>, length: number): ReadableStream<Uint8Array> {
  const { readable, writable } = new FixedLengthStream(length);
  bytes.pipeTo(writable).catch(() => undefined);
  return readable;
}

async function answer(request: Request, env: Env, id: string): Promise<Response> {
  const file = await sandboxStub(env).download(id);
  if (!file) return new Response("This download link does not exist", { status: 404 });
  return serve(request, id, file);
}

export const downloads = new Hono<AppEnv>().on(["GET", "HEAD"], "/dl/:id/:filename{.+}", (c) =>
  answer(c.req.raw, c.env, c.req.param("id")),
);
