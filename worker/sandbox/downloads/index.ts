// Download links handed out by unlock, streaming and delayed: `${baseUrl}/dl/<id>/<filename>`,
// registered here; route.ts serves them.
import { randomText } from "../accounts/keys";

export interface DownloadFile {
  filename: string;
  size: number;
}

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS downloads (
    id TEXT PRIMARY KEY,
    filename TEXT NOT NULL,
    size INTEGER NOT NULL,
    created INTEGER NOT NULL
  )`);
}

export function newDownloadId(): string {
  return randomText(10, "abcdefghijklmnopqrstuvwxyz0123456789");
}

/** Registers a file under `id` and returns its download link. */
export function addDownload(sql: SqlStorage, baseUrl: string, id: string, file: DownloadFile, now: number): string {
  sql.exec(
    "INSERT OR REPLACE INTO downloads (id, filename, size, created) VALUES (?, ?, ?, ?)",
    id,
    file.filename,
    file.size,
    now,
  );
  return downloadUrl(baseUrl, id, file.filename);
}

export function downloadUrl(baseUrl: string, id: string, filename: string): string {
  return `${baseUrl}/dl/${id}/${encodeURIComponent(filename)}`;
}

export function findDownload(sql: SqlStorage, id: string): DownloadFile | null {
  return (
    sql
      .exec<{ filename: string; size: number }>("SELECT filename, size FROM downloads WHERE id = ?", id)
      .toArray()[0] ?? null
  );
}
