// The user endpoints: account data, notifications, per-user hosts and new-location verification.
import type { SandboxFeature } from "../context";
import { userHosts, userHostsV4 } from "./hosts";
import { clearNotification, userInfo } from "./info";
import { verif, verifResend } from "./verif";

export const user: SandboxFeature = {
  handlers: {
    user: userInfo,
    "user/notification/clear": clearNotification,
    "user/hosts": { v4: userHostsV4, "v4.1": userHosts },
    "user/verif": verif,
    "user/verif/resend": verifResend,
  },
};
