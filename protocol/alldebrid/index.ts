// The AllDebrid API, written once: shared by the Worker, the sandbox, the web app and the tests.
export * from "./account";
export * from "./apikey";
export * from "./client";
export * from "./endpoints";
export * from "./envelope";
export * from "./errors";
export * from "./hosts";
export * from "./limits";
export * from "./links";
export * from "./magnets";
