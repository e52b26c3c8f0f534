// The CSP sources of the app's two inline boot scripts, web/boot/head.js and
// web/boot/first-frame.js: the sha256 of each one's exact text, as index.html holds it. The build
// stops with the hash to put here when either file changes (scripts/first-frame-plugin.ts).
export const INLINE_SCRIPT_HASHES: readonly string[] = [
  "'sha256-CGFbMTBsUKEhU9rOStiIw03H6JydyNFJrb3IqCjunqE='",
  "'sha256-XuHH/MbUgYkSMMGWlq0XjXXfpfzdU0JY5wx3cC0YNFc='",
];
