// `npm run deploy`: one command from a clone to a running deployment on your Cloudflare account.
// Builds the app, asks who may use the deployment (or takes --access), deploys the Worker
// (wrangler creates the KV namespace and applies the Durable Object migrations on the first
// deploy), then gives it a random KEY_HASH_SECRET if it has none, and a VAPID key pair for Web
// Push (VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY) if it has none.
// `--dry-run` bundles and prints the plan without touching any account.
//
//   --access=owner          the first AllDebrid account that signs in owns it (the default)
//   --access=open           every AllDebrid account may use it
//   --access=alice,bob      only these AllDebrid usernames
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline/promises";
import { generateVapidKeys } from "./vapid-keys.mjs";

const dryRun = process.argv.includes("--dry-run");
const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };

function run(args, options = {}) {
  const result = spawnSync("npx", args, { stdio: "inherit", env, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** ALLOWED_USERS from --access, else asked when a person is at the terminal, else the owner rule. */
async function chooseAccess() {
  const flag = process.argv.find((arg) => arg.startsWith("--access="))?.slice("--access=".length);
  let answer = flag;
  if (answer === undefined && process.stdin.isTTY && !dryRun) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    answer = await prompt.question(
      "Who may use this deployment? [owner] the first account that signs in / open: everyone / a list of usernames: ",
    );
    prompt.close();
  }
  const choice = (answer ?? "").trim();
  if (choice === "" || choice === "owner")
    return { value: "", said: "closed: the first AllDebrid account that signs in owns it" };
  if (choice === "open" || choice === "*") return { value: "*", said: "open to every AllDebrid account" };
  return { value: choice, said: `open to these AllDebrid usernames only: ${choice}` };
}

const access = await chooseAccess();
console.log(`Access: ${access.said} (ALLOWED_USERS="${access.value}").`);

run(["vite", "build", "--logLevel", "warn"]);

const accessVar = ["--var", `ALLOWED_USERS:${access.value}`];
if (dryRun) {
  run(["wrangler", "deploy", "--dry-run", "--outdir", process.env.DEPLOY_OUTDIR ?? "dist/worker", ...accessVar]);
  console.log("dry run: would set the KEY_HASH_SECRET secret to 32 random bytes if the Worker has none");
  console.log("dry run: would set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY to a new P-256 pair if the Worker has none");
  process.exit(0);
}

run(["wrangler", "deploy", ...accessVar]);

const listed = execFileSync("npx", ["wrangler", "secret", "list", "--format", "json"], { env, encoding: "utf8" });
const names = JSON.parse(listed).map((secret) => secret.name);
if (names.includes("KEY_HASH_SECRET")) {
  console.log("KEY_HASH_SECRET is already set: kept (changing it would give every user a fresh account object).");
} else {
  console.log("Setting a random KEY_HASH_SECRET...");
  run(["wrangler", "secret", "put", "KEY_HASH_SECRET"], {
    input: randomBytes(32).toString("hex"),
    stdio: ["pipe", "inherit", "inherit"],
  });
}
if (names.includes("VAPID_PUBLIC_KEY") && names.includes("VAPID_PRIVATE_KEY")) {
  console.log("VAPID keys are already set: kept (a new pair would silence every device's push subscription).");
} else {
  console.log("Setting a new VAPID key pair for Web Push...");
  const vapid = await generateVapidKeys();
  for (const [name, value] of [
    ["VAPID_PUBLIC_KEY", vapid.publicKey],
    ["VAPID_PRIVATE_KEY", vapid.privateKey],
  ])
    run(["wrangler", "secret", "put", name], { input: value, stdio: ["pipe", "inherit", "inherit"] });
}
console.log("Deployed. Open your Worker's URL, then install the app from the browser menu.");
