// What a share to the app carries, as the service worker stores it for the share screen.

export interface SharedPayload {
  id: string;
  receivedAt: number;
  title: string;
  text: string;
  url: string;
  files: Array<{ name: string; type: string; data: Blob }>;
}
