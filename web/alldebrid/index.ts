// What the app does on the AllDebrid account, written once for every screen: unlock a link
// (password, stream quality), follow a delayed link, add magnets and .torrent files, save links,
// and send a write now or keep it in the outbox (sendOrQueue). All HTTP goes through api/client.ts.
export { type Added, addMagnets, addTorrents, type UploadedMagnet } from "./add";
export { DELAYED_POLL_MS, type FollowOptions, followDelayed } from "./delayed";
export { saveLinks } from "./save";
export { type Sent, sendOrQueue } from "./send-or-queue";
export { bestStream, chooseStream, readUnlock, type Unlocked, type UnlockOptions, unlockLink } from "./unlock";
