/** Debian's Chromium (never a downloaded browser: `npx playwright install` fails here). */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The switches every e2e browser runs with: headless, no sandbox (root in CI), nothing fetched from the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** For the media journeys: fake camera, microphone and screen, prompts answered yes, videos play without a click. */
export const CHROMIUM_MEDIA_ARGS = [
  ...CHROMIUM_ARGS,
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--auto-select-desktop-capture-source=Entire screen',
  '--autoplay-policy=no-user-gesture-required',
  // Real host addresses in ICE candidates (Janus on this machine cannot resolve mDNS names).
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];
