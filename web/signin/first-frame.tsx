// The first frame a stranger sees, rendered at build time into index.html in each language
// (vite.config.ts): the sign-in screen as its code first renders it, so that it paints before any
// script has loaded and nothing moves when signed-out.tsx renders it live.
import { renderToString } from "solid-js/web";
import { type Lang, setLang } from "../i18n";
import { SignedOutPage } from "./SignedOutPage";

export function renderFirstFrame(language: Lang): string {
  setLang(language);
  return renderToString(() => <SignedOutPage next="/" onSignedIn={() => undefined} />);
}
