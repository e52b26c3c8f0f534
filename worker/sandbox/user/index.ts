// The user endpoints: account data, notifications, per-user hosts and new-location verification.
import type { SandboxFeature } from "../context";
import { userHosts, userHostsV4 } from "./hosts";
import { clearNotification, userInfo } from "./info";
import { verif, verifResend } from "./verif";

export const user: SandboxFeature = {
  handlers: {
    "/v4/user": userInfo,
    "/v4/user/notification/clear": clearNotification,
    "/v4.1/user/hosts": userHosts,
    "/v4/user/hosts": userHostsV4,
    "/v4/user/verif": verif,
    "/v4/user/verif/resend": verifResend,
  },
};
