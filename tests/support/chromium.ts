/**
 * The one way tests and scripts start a browser: Debian's Chromium (or CHROMIUM_PATH),
 * a fresh profile, and no background traffic. A missing browser is an error, never a skip.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type LaunchOptions } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (sudo apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium binary. Browser tests never skip.`,
    );
  }
  return path;
}

/** How every test browser starts: Playwright's worker browser (playwright.config.ts) and freshContext alike. */
export function launchOptions(): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  };
}

/** A fresh, throw-away profile: an empty user-data-dir is made and removed by Playwright. */
export function freshContext(options: Parameters<typeof chromium.launchPersistentContext>[1] = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', { ...launchOptions(), ...options });
}
