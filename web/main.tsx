// Entry point of the PWA: restores the session from IndexedDB, then renders the app.
import { render } from "solid-js/web";
import { App } from "./app/App";
import "./app/app.css";
import { restoreSession } from "./session/session";

const root = document.getElementById("root");
if (root) {
  void restoreSession();
  render(() => <App />, root);
}
