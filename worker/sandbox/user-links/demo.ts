// The static saved links and history of the demo accounts (the docs' own example).
import type { SavedLink } from "../../../protocol/alldebrid";

export const DEMO_LINKS: SavedLink[] = [
  {
    link: "https://example.com/somefile1",
    filename: "somefile1.txt",
    size: 751267520,
    date: 1569420668,
    host: "example",
  },
  {
    link: "https://example.com/somefile2",
    filename: "somefile.txt",
    size: 795126720,
    date: 1569420668,
    host: "example",
  },
  { link: "http://youtube.com/watch?v=dQw4w9WgXcQ", filename: "", size: 0, date: 1583253075, host: "stream" },
];
