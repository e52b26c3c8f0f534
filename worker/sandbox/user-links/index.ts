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
    "user/links": savedLinks,
    "user/links/save": saveLinks,
    "user/links/delete": deleteLinks,
    "user/history": history,
    "user/history/delete": deleteHistory,
  },
};
