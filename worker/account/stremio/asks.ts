// What the Worker's add-on routes ask of an account object, and what it answers: plain data over
// RPC. The object knows the magnets and their files; the Worker words them as Stremio JSON
// (worker/stremio/). Nothing here carries the apikey or an AllDebrid file link.

/** A title a movie or episode page is about (from Cinemeta), to find in the library. */
export interface Wanted {
  title: string;
  year: number | null;
  /** Set for an episode page. */
  episode: { season: number; episode: number } | null;
}

export type AddonAsk =
  | { kind: "catalog"; search: string | null; skip: number }
  | { kind: "magnet"; magnetId: number }
  | { kind: "match"; wanted: Wanted }
  | { kind: "play"; magnetId: number; fileKey: string; address: string | null };

/** A magnet as the add-on shows it. */
export interface MagnetSummary {
  id: number;
  name: string;
  size: number;
  statusCode: number;
  /** AllDebrid's own status text ("Downloading."). */
  status: string;
  uploadDate: number;
  completionDate: number;
  /** Percent done while processing, when known. */
  progress: number | null;
}

/** A video file of a magnet that can be offered to a player. */
export interface OfferedVideo {
  /** A hash of its path: stable whatever order AllDebrid lists the files in. */
  key: string;
  name: string;
  size: number;
  /** main: a film's file; episode: tagged with a season and episode; part: another video of a pack. */
  role: "main" | "episode" | "part";
  season: number | null;
  episode: number | null;
}

/** A magnet and what of it can play now: its videos once Ready and listed, else none and why not. */
export interface Offer {
  magnet: MagnetSummary;
  videos: OfferedVideo[];
  /** AllDebrid could not list the files of this Ready magnet (a passing fault): its words. */
  filesProblem: { code: string; message: string } | null;
}

export type AddonReply =
  | { kind: "catalog"; magnets: MagnetSummary[] }
  | { kind: "magnet"; offer: Offer | null; noServerAt: number | null }
  | { kind: "match"; offers: Offer[]; noServerAt: number | null }
  | { kind: "play"; link: string }
  | { kind: "error"; code: string; message: string; status: number };
