// Finds a Chromium for Playwright that works both on these Debian machines (no browser download:
// Debian's /usr/bin/chromium) and on an ordinary machine (Playwright's own Chromium).
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

// Without the background-networking flags Chromium floods a closed network with refused
// connections at every start.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** The executable to launch, or undefined to let Playwright use its own browser. */
export function resolveChromiumExecutable() {
  const explicit = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (explicit) return explicit;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined;
}
