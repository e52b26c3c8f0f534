// Links: infos, redirectors, unlock, streaming qualities, delayed links, saved links and history.
import type { ItemError } from "./envelope";

export interface LinkInfo {
  link: string;
  filename: string;
  size: number;
  host: string;
  hostDomain: string;
}

export interface LinkInfosData {
  infos: Array<LinkInfo | ({ link: string } & ItemError)>;
}

export interface RedirectorData {
  links: string[];
}

export interface StreamQuality {
  id: string;
  ext: string;
  quality: number | string;
  filesize: number;
  proto: string;
  name: string;
  tb?: number;
  abr?: number;
}

export interface UnlockData {
  link: string;
  filename: string;
  host: string;
  hostDomain?: string;
  filesize: number;
  paws?: boolean;
  streams?: StreamQuality[];
  id: string;
  /** Set when the link needs time: follow /v4/link/delayed with it. */
  delayed?: number;
}

export interface StreamingData {
  link?: string;
  filename: string;
  filesize: number;
  delayed?: number;
}

export const DELAYED_STATUS = { processing: 1, ready: 2, error: 3 } as const;

export interface DelayedData {
  status: 1 | 2 | 3;
  time_left: number;
  link?: string;
}

export interface SavedLink {
  link: string;
  filename: string;
  size: number;
  date: number;
  host: string;
}

export interface SavedLinksData {
  links: SavedLink[];
}

export interface MessageData {
  message: string;
}
