import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's chromium (apt package `chromium`); `.ci/run` installs it, Playwright never downloads one. */
export const CHROMIUM = "/usr/bin/chromium";

let noticed = false;

/**
 * Whether the browser tests can run: outside CI a missing chromium skips them with a notice; with
 * CI=true it is an error, because CI installs it and a silent skip would hide a broken check.
 */
export function chromiumOrNotice(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === "true")
    throw new Error(`${CHROMIUM} is missing; CI must install it (apt-get install -y chromium)`);
  if (!noticed) {
    noticed = true;
    console.warn(`notice: ${CHROMIUM} not found (apt-get install -y chromium); browser tests are skipped`);
  }
  return false;
}

/** Headless chromium with the flags that work as root in a container (TOOLING.md §3). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
