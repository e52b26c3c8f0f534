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
    "/v4/link/infos": linkInfos,
    "/v4/link/redirector": redirector,
    "/v4/link/unlock": unlock,
    "/v4/link/streaming": streaming,
    "/v4/link/delayed": linkDelayed,
  },
};
