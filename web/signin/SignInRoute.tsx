// The sign-in screen as the app's /signin route (a signed-in user signing in to another account,
// or a stranger sent from the share screen): ?next= says where the sign-in leads.
import { useNavigate, useSearchParams } from "@solidjs/router";
import type { JSX } from "solid-js";
import { returnPath, SignInPage } from "./SignInPage";

export default function SignInRoute(): JSX.Element {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  return <SignInPage next={returnPath(search.next)} onSignedIn={(next) => navigate(next, { replace: true })} />;
}
