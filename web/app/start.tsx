// The app: the shell, the router and every screen (each loaded with its route), for a device
// with a session, for a share (which waits for a sign-in), or once a stranger has signed in.
// It restores the session from IndexedDB and renders at once (screens show their last known
// state), then starts the outbox and refreshes the account; what can wait waits for the load.
import { render } from "solid-js/web";
import { startOutbox } from "../offline/outbox";
import { restoreSession } from "../session/session";
import { refreshUser } from "../session/signin";
import { App } from "./App";
import { afterLoad } from "./after-load";

const root = document.getElementById("root");
if (root) {
  root.replaceChildren();
  // Files opened with the installed app come through launchQueue, where there is one.
  if ("launchQueue" in window) void import("../share/incoming").then(({ listenForLaunches }) => listenForLaunches());
  render(() => <App />, root);
  void restoreSession().then(() => {
    startOutbox();
    void refreshUser();
    afterLoad(() => void import("../notifications").then(({ startNotifications }) => startNotifications()));
  });
}
