// The user's links: saved links and recent links (history).
import type { SandboxFeature } from "../context";
import { deleteHistory, history, migrate as migrateHistory } from "./history";
import { deleteLinks, migrate as migrateSaved, savedLinks, saveLinks } from "./saved";

export { addToHistory } from "./history";

export const userLinks: SandboxFeature = {
  migrate(sql) {
    migrateSaved(sql);
    migrateHistory(sql);
  },
  handlers: {
    "/v4/user/links": savedLinks,
    "/v4/user/links/save": saveLinks,
    "/v4/user/links/delete": deleteLinks,
    "/v4/user/history": history,
    "/v4/user/history/delete": deleteHistory,
  },
};
