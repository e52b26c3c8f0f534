// A new-location check in progress: set when AllDebrid answers AUTH_BLOCKED with a token (see
// web/api/client.ts), read by the verification screen, which polls /v4.1/user/verif until the
// e-mail is answered. `apikey` is the key that was refused, kept in memory only.
import { createSignal } from "solid-js";

export interface PendingVerification {
  token: string;
  apikey: string | null;
}

const [verification, setVerification] = createSignal<PendingVerification | null>(null);

export { setVerification, verification };
