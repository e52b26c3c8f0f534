// Entry point of the PWA: restores the session from IndexedDB and renders the app at once
// (screens show their last known state), then refreshes the account, starts the outbox and
// keeps this device's notification subscription in step.
import { render } from "solid-js/web";
import { App } from "./app/App";
import "./app/app.css";
import { startNotifications } from "./notifications";
import { startOutbox } from "./offline/outbox";
import { restoreSession } from "./session/session";
import { refreshUser } from "./session/signin";
import { listenForLaunches } from "./share/incoming";

const root = document.getElementById("root");
if (root) {
  listenForLaunches();
  render(() => <App />, root);
  void restoreSession().then(() => {
    startOutbox();
    startNotifications();
    void refreshUser();
  });
}
