// The sandbox's magnets: upload (magnets and .torrent files), status (list, by id, live mode,
// and the deprecated /v4 form), files, delete and restart. Rules: docs/sandbox-magnets.md.
import type { SandboxFeature } from "../context";
import { migrate as migrateLive } from "./live";
import { magnetDelete, magnetFiles, magnetRestart } from "./manage";
import { deprecatedMagnetStatus, magnetStatus } from "./status";
import { migrate as migrateMagnets } from "./store";
import { uploadFiles, uploadMagnets } from "./upload";

export { FILE_LINK_PREFIX, type MagnetFile, magnetFileOfLink } from "./files";

export const magnets: SandboxFeature = {
  migrate(sql) {
    migrateMagnets(sql);
    migrateLive(sql);
  },
  handlers: {
    "/v4/magnet/upload": uploadMagnets,
    "/v4/magnet/upload/file": uploadFiles,
    "/v4.1/magnet/status": magnetStatus,
    "/v4/magnet/status": deprecatedMagnetStatus,
    "/v4/magnet/files": magnetFiles,
    "/v4/magnet/delete": magnetDelete,
    "/v4/magnet/restart": magnetRestart,
  },
};
