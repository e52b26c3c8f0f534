// Entry point of the PWA.
import { render } from "solid-js/web";

function App() {
  return <main>Debrid</main>;
}

const root = document.getElementById("root");
if (root) render(() => <App />, root);
