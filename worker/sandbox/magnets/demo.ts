// What the documented demo keys see: the magnets of the documentation's examples, static, so
// demo calls never change anything.
import type { FileNode, Magnet } from "../../../protocol/alldebrid";

const link = (token: string) => `https://alldebrid.com/f/${token}`;

export const DEMO_MAGNETS: Magnet[] = [
  {
    id: 123456,
    filename: "ubuntu-16.04.2-live-server-amd64.iso",
    size: 587400285,
    status: "Downloading",
    statusCode: 1,
    downloaded: 255400192,
    uploaded: 0,
    seeders: 7,
    downloadSpeed: 18874368,
    uploadSpeed: 0,
    uploadDate: 1557133868,
    completionDate: 0,
  },
  {
    id: 234567,
    filename: "ubuntu-24.04.1-desktop-amd64.iso",
    size: 6203355136,
    status: "Ready",
    statusCode: 4,
    uploadDate: 1557133868,
    completionDate: 1557133968,
  },
  {
    id: 56789,
    filename: "ubuntu-20.04.2-live-server-amd64.iso",
    size: 256400192,
    status: "Ready",
    statusCode: 4,
    uploadDate: 1657133868,
    completionDate: 1657133968,
  },
];

/** Files of the Ready demo magnets, as in the documentation's /magnet/files example. */
export const DEMO_FILES: Record<number, FileNode[]> = {
  234567: [{ n: "ubuntu-24.04.1-desktop-amd64.iso", s: 6203355136, l: link("demo234567a") }],
  56789: [
    {
      n: "Subfolder",
      e: [
        { n: "subfile.txt", s: 112345, l: link("demo56789a") },
        {
          n: "Sub-sub folder",
          e: [
            { n: "deep.file.txt", s: 456, l: link("demo56789b") },
            { n: "deep.file.2.txt", s: 7946, l: link("demo56789c") },
          ],
        },
      ],
    },
    { n: "ubuntu-20.04.2-live-server-amd64.iso", s: 256_000_391, l: link("demo56789d") },
    { n: "third.file.txt", s: 279_054, l: link("demo56789e") },
  ],
};

export function demoMagnet(id: number): Magnet | undefined {
  return DEMO_MAGNETS.find((magnet) => magnet.id === id);
}
