// The request body limit (MAX_BODY_BYTES, 10 MB by default): a declared Content-Length over it
// is refused before reading, and a chunked body is counted while it is read.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AllDebridError } from "../../protocol/alldebrid";
import { configOf } from "../config";
import type { AppEnv } from "../env";

const limits = new Map<number, MiddlewareHandler<AppEnv>>();

export const requestBodyLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  const maxSize = configOf(c.env).maxBodyBytes;
  let limit = limits.get(maxSize);
  if (!limit) {
    limit = bodyLimit({
      maxSize,
      onError: () => {
        throw new AllDebridError("BODY_TOO_LARGE");
      },
    });
    limits.set(maxSize, limit);
  }
  return limit(c, next);
};
