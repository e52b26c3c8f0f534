// The links endpoints: infos, redirector, unlock, streaming and delayed.
import type { SandboxFeature } from "../context";
import { migrate as migrateDownloads } from "../downloads";
import { linkDelayed, migrate as migrateDelayed } from "./delayed";
import { linkInfos } from "./infos";
import { migrate as migrateRedirector, redirector } from "./redirector";
import { streaming } from "./streaming";
import { migrate as migrateUnlock, unlock } from "./unlock";

export const links: SandboxFeature = {
  migrate(sql) {
    migrateDownloads(sql);
    migrateRedirector(sql);
    migrateUnlock(sql);
    migrateDelayed(sql);
  },
  handlers: {
    "link/infos": linkInfos,
    "link/redirector": redirector,
    "link/unlock": unlock,
    "link/streaming": streaming,
    "link/delayed": linkDelayed,
  },
};
