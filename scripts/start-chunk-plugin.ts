// The build's chunks for a start (docs/app.md, "Start-up"): the app (web/app/start.tsx) and the
// screen it opens on (the magnets list), with all they import, come in one file, not in the thirty
// small chunks that sharing them with the other screens makes. Each file is a trip through the
// service worker at a cold start, and a link the import's preload adds on the main thread. What a
// stranger's page may load (the sign-in screen and whatever it imports, at once or later) stays
// out, so a stranger never loads the app's code; what both a stranger's first load and the app's
// start run (Solid, the strings, the API client...) is one shared file, not eight.
import { join } from "node:path";
import type { Plugin } from "vite";

/** The modules a signed-in start runs, from web/ (the build's root). */
const START = ["app/start.tsx", "magnets/MagnetsPage.tsx"];
/** The page's entry (web/main.tsx). */
const ENTRY = "main.tsx";
/** A stranger's page, and where it hands over to the app once signed in (not its own code). */
const STRANGER = "signin/signed-out.tsx";
const HAND_OVER = "app/start.tsx";

interface Graph {
  getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

/** `id` and every module it imports, statically (and lazily too with `lazy`), but for `stop`. */
function reach(graph: Graph, id: string, into: Set<string>, lazy: boolean, stop?: string): Set<string> {
  if (into.has(id) || id === stop) return into;
  into.add(id);
  const info = graph.getModuleInfo(id);
  for (const next of [...(info?.importedIds ?? []), ...(lazy ? (info?.dynamicallyImportedIds ?? []) : [])]) {
    reach(graph, next, into, lazy, stop);
  }
  return into;
}

export function startChunk(): Plugin {
  let root = "";
  let start = new Set<string>();
  let shared = new Set<string>();
  return {
    name: "debrid-start-chunk",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              // Only the start's own modules: what they share with a stranger's page stays where it is.
              groups: [
                { name: "app", test: (id: string) => start.has(id), includeDependenciesRecursively: false },
                { name: "shared", test: (id: string) => shared.has(id), includeDependenciesRecursively: false },
              ],
            },
          },
        },
      },
    }),
    buildEnd() {
      const stranger = reach(this, join(root, STRANGER), new Set(), true, join(root, HAND_OVER));
      const started = new Set<string>();
      for (const entry of START) reach(this, join(root, entry), started, false);
      start = new Set([...started].filter((id) => !stranger.has(id)));
      const strangerFirst = reach(this, join(root, STRANGER), new Set(), false, join(root, HAND_OVER));
      // What the entry runs itself (the import preload helper) stays in it: grouped, it would make
      // the entry import the shared file, which the page would then fetch before its first paint.
      const entry = reach(this, join(root, ENTRY), new Set(), false);
      shared = new Set([...started].filter((id) => strangerFirst.has(id) && !entry.has(id)));
    },
  };
}
