// What a stranger on /signin sees: the page's frame and the sign-in screen, nothing else (no
// router, no other screen). The same component is rendered at build time as index.html's first
// frame (first-frame.tsx) and live by signed-out.tsx, so the live screen replaces the frame
// without a pixel moving.
import type { JSX } from "solid-js";
import { Frame } from "../app/Frame";
import { StatusBar } from "../app/StatusBar";
import { SignInPage } from "./SignInPage";

/** `after`: what comes once the page has loaded (the update prompt). */
export function SignedOutPage(props: {
  next: string;
  onSignedIn: (next: string) => void;
  after?: JSX.Element;
}): JSX.Element {
  return (
    <Frame status={<StatusBar />} after={props.after}>
      <SignInPage next={props.next} onSignedIn={props.onSignedIn} />
    </Frame>
  );
}
