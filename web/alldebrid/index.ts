// What the app does on the AllDebrid account, written once for every screen: unlock a link
// (password, stream quality; queued while offline), follow a delayed link, unlock many files for an
// export within the rate budget, add magnets and .torrent files, save links (the good ones of a
// batch), and send a write now or keep it in the outbox (sendOrQueue). All HTTP goes through
// api/client.ts.
export { addMagnets, addTorrents } from "./add";
export { type Added, refusedWith } from "./added";
export { followDelayed } from "./delayed";
export { hashOf, loadMagnetHashes, magnetLinkOf, rememberMagnetHashes } from "./magnet-hashes";
export { type RefusedLink, type SaveOutcome, saveLink, saveLinks } from "./save";
export { sendOrQueue } from "./send-or-queue";
export {
  bestStream,
  chooseStream,
  readUnlock,
  type Unlocked,
  unlockLink,
  unlockOrQueue,
} from "./unlock";
export { type ManyProgress, type Unlocking, unlockMany } from "./unlock-many";
