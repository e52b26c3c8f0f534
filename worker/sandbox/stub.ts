// The one sandbox object: every sandbox route and the in-process upstream reach its state here.
import type { Env } from "../env";

export function sandboxStub(env: Env) {
  return env.SANDBOX.get(env.SANDBOX.idFromName("sandbox"));
}
