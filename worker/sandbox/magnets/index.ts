// The sandbox's magnets: upload (magnets and .torrent files), status (list, by id, live mode;
// the /v4 form is retired), files, delete (what a failed or expired magnet becomes when added
// again: deleted.ts) and restart.
// Rules: docs/sandbox-magnets.md.
import type { SandboxFeature } from "../context";
import { migrate as migrateDeleted } from "./deleted";
import { migrate as migrateLive } from "./live";
import { magnetDelete, magnetFiles, magnetRestart } from "./manage";
import { magnetStatus } from "./status";
import { migrate as migrateMagnets } from "./store";
import { uploadFiles, uploadMagnets } from "./upload";

export { MAGNET_FILE_HOST, type MagnetFile, ownMagnetFileOfLink } from "./files";

export const magnets: SandboxFeature = {
  migrate(sql) {
    migrateMagnets(sql);
    migrateLive(sql);
    migrateDeleted(sql);
  },
  handlers: {
    "magnet/upload": uploadMagnets,
    "magnet/upload/file": uploadFiles,
    "magnet/status": { "v4.1": magnetStatus },
    "magnet/files": magnetFiles,
    "magnet/delete": magnetDelete,
    "magnet/restart": magnetRestart,
  },
};
