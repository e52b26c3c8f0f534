// /v4/link/streaming: one quality of a stream unlocked before (by its generation id): a direct
// link, or a delayed id for the qualities that need time.
import { AllDebridError, type StreamingData, type StreamQuality } from "../../../protocol/alldebrid";
import { type HandlerContext, requireAccount } from "../context";
import { addDownload, newDownloadId } from "../downloads";
import { startDelayed } from "./delayed";
import { isDelayedQuality, qualityFilename } from "./streams";

export function streaming(ctx: HandlerContext): StreamingData {
  const generation = ctx.sql
    .exec<{ title: string; streams: string }>(
      "SELECT title, streams FROM generations WHERE id = ? AND apikey = ?",
      ctx.params.get("id") ?? "",
      requireAccount(ctx).apikey,
    )
    .toArray()[0];
  if (!generation) throw new AllDebridError("STREAM_INVALID_GEN_ID");
  const qualities = JSON.parse(generation.streams) as StreamQuality[];
  const quality = qualities.find((candidate) => candidate.id === ctx.params.get("stream"));
  if (!quality) throw new AllDebridError("STREAM_INVALID_STREAM_ID");
  const file = { filename: qualityFilename(generation.title, quality), size: quality.filesize };
  if (isDelayedQuality(quality)) return { ...pick(file), delayed: startDelayed(ctx, file, false) };
  return { link: addDownload(ctx.sql, ctx.baseUrl, newDownloadId(), file, ctx.now), ...pick(file) };
}

function pick(file: { filename: string; size: number }): { filename: string; filesize: number } {
  return { filename: file.filename, filesize: file.size };
}
