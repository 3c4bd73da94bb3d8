/**
 * One thin adapter per engine, all from Debian packages, none downloading anything:
 *   chromium  Playwright over CDP, /usr/bin/chromium (tests/support/chromium.ts)
 *   firefox   puppeteer-core over WebDriver BiDi, /usr/bin/firefox-esr (no geckodriver)
 *   webkit    selenium-webdriver against /usr/bin/WebKitWebDriver driving MiniBrowser,
 *             under xvfb-run. It holds one session at a time and does not scroll an
 *             element into view before clicking, so `click` scrolls first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import puppeteer, { type Browser as PuppeteerBrowser, type KeyInput, type Page as PuppeteerPage } from 'puppeteer-core';
import { Builder, Capabilities, Key as SeleniumKey, type WebDriver } from 'selenium-webdriver';
import { freshContext } from '../support/chromium';
import type { Driver, EngineName, Key } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const WEBKIT_BROWSER_PATH = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const VIEWPORT = { width: 1280, height: 900 };
/** A page script: the body of `function (arg) { … }`, evaluated as an expression (no eval inside the page, so CSP does not interfere). */
const expression = (body: string, arg: unknown) => `(async function (arg) { ${body} })(${JSON.stringify(arg ?? null)})`;
const resolveUrl = (base: string, pathOrUrl: string) => (/^https?:/.test(pathOrUrl) ? pathOrUrl : new URL(pathOrUrl.replace(/^\//, ''), base).href);

function requireFile(path: string, what: string, install: string) {
  if (!existsSync(path)) throw new Error(`No ${what} at ${path}. Install it (sudo apt-get install -y ${install}). Cross-engine tests never skip.`);
}

class ChromiumDriver implements Driver {
  readonly engine = 'chromium';
  private context!: BrowserContext;
  private page!: Page;
  private readonly base: string;
  constructor(base: string) {
    this.base = base;
  }
  async start() {
    this.context = await freshContext({ viewport: VIEWPORT, locale: 'nl-NL' });
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
  }
  async goto(path: string) {
    await this.page.goto(resolveUrl(this.base, path));
  }
  async reload() {
    await this.page.reload();
  }
  evaluate<T>(body: string, arg?: unknown) {
    return this.page.evaluate(expression(body, arg)) as Promise<T>;
  }
  async click(selector: string) {
    await this.page.locator(selector).first().click();
  }
  async press(key: Key) {
    await this.page.keyboard.press(key === 'Space' ? ' ' : key);
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewportSize({ width, height });
  }
  async freshProfile() {
    await this.close();
    await this.start();
  }
  async printToPdf() {
    return this.page.pdf({ format: 'A4' });
  }
  async close() {
    await this.context?.close();
  }
}

class FirefoxDriver implements Driver {
  readonly engine = 'firefox';
  private browser!: PuppeteerBrowser;
  private page!: PuppeteerPage;
  private readonly base: string;
  constructor(base: string) {
    this.base = base;
  }
  async start() {
    requireFile(FIREFOX_PATH, 'Firefox', 'firefox-esr');
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      protocolTimeout: 120_000,
      extraPrefsFirefox: { 'intl.accept_languages': 'nl-NL, nl', 'browser.shell.checkDefaultBrowser': false, 'focusmanager.testmode': true },
    });
    this.page = (await this.browser.pages())[0] ?? (await this.browser.newPage());
    // Headless Firefox starts without a focused window: keys reach the page, but Enter and
    // Space do not activate buttons until the page is the active one.
    await this.page.bringToFront();
    await this.page.setViewport(VIEWPORT);
  }
  async goto(path: string) {
    await this.page.goto(resolveUrl(this.base, path), { waitUntil: 'load', timeout: 60_000 });
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load', timeout: 60_000 });
  }
  evaluate<T>(body: string, arg?: unknown) {
    return this.page.evaluate(expression(body, arg)) as Promise<T>;
  }
  async click(selector: string) {
    const element = await this.page.waitForSelector(selector, { visible: true, timeout: 20_000 });
    await element!.scrollIntoView();
    await element!.click();
  }
  async press(key: Key) {
    await this.page.keyboard.press((key === 'Space' ? ' ' : key) as KeyInput);
    // Firefox 153 over BiDi delivers keydown/keypress/keyup to the page, but never runs the
    // keys' default activation (measured: a plain <button> gets no click from Enter or Space, a radio
    // button is not checked by Space,
    // headless or under Xvfb, with focusmanager.testmode). A real keyboard does activate, so
    // the adapter performs that one default action; focus moves and key handlers stay real.
    if (key === 'Enter' || key === 'Space') {
      await this.page.evaluate((pressed) => {
        const target = document.activeElement;
        if (target instanceof HTMLButtonElement) target.click();
        else if (pressed === 'Space' && target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) target.click();
        else if (pressed === 'Enter' && target instanceof HTMLInputElement && target.form && target.type !== 'search') target.form.requestSubmit();
      }, key);
    }
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewport({ width, height });
  }
  async freshProfile() {
    await this.close();
    await this.start();
  }
  async printToPdf() {
    // Firefox prints over BiDi (browsingContext.print); it cannot emulate print media.
    return this.page.pdf({ format: 'A4', timeout: 60_000 });
  }
  async close() {
    await this.browser?.close();
  }
}

const SELENIUM_KEYS: Record<Key, string> = {
  Tab: SeleniumKey.TAB,
  Enter: SeleniumKey.ENTER,
  Space: SeleniumKey.SPACE,
  Escape: SeleniumKey.ESCAPE,
  ArrowDown: SeleniumKey.ARROW_DOWN,
  ArrowUp: SeleniumKey.ARROW_UP,
  '/': '/',
};

class WebKitDriver implements Driver {
  readonly engine = 'webkit';
  private driver: WebDriver | undefined;
  private server: ChildProcess | undefined;
  private readonly base: string;
  private readonly port: number;
  constructor(base: string, port: number) {
    this.base = base;
    this.port = port;
  }
  async start() {
    requireFile(WEBKIT_DRIVER_PATH, 'WebKitWebDriver', 'webkit2gtk-driver');
    requireFile(WEBKIT_BROWSER_PATH, 'MiniBrowser', 'webkit2gtk-driver');
    if (!this.server) {
      // xvfb-run gives the driver (and the MiniBrowser it starts) a display of its own.
      this.server = spawn('xvfb-run', ['-a', '-s', '-screen 0 1400x1000x24', WEBKIT_DRIVER_PATH, `--port=${this.port}`, '--host=127.0.0.1'], {
        stdio: 'ignore',
        detached: true,
      });
      await waitForServer(`http://127.0.0.1:${this.port}/status`);
    }
    const capabilities = new Capabilities();
    capabilities.set('browserName', 'MiniBrowser');
    capabilities.set('webkitgtk:browserOptions', { binary: WEBKIT_BROWSER_PATH, args: ['--automation'] });
    this.driver = await new Builder().usingServer(`http://127.0.0.1:${this.port}`).withCapabilities(capabilities).build();
    await this.driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
    await this.setViewport(VIEWPORT.width, VIEWPORT.height);
  }
  async goto(path: string) {
    await this.driver!.get(resolveUrl(this.base, path));
  }
  async reload() {
    await this.driver!.navigate().refresh();
  }
  evaluate<T>(body: string, arg?: unknown) {
    return this.driver!.executeScript(`return ${expression(body, arg)};`) as Promise<T>;
  }
  async click(selector: string) {
    const element = await this.driver!.findElement({ css: selector });
    await this.driver!.executeScript('arguments[0].scrollIntoView({ block: "center" });', element);
    await element.click();
  }
  async press(key: Key) {
    await this.driver!.actions().sendKeys(SELENIUM_KEYS[key]).perform();
  }
  async type(text: string) {
    await this.driver!.actions().sendKeys(text).perform();
  }
  async setViewport(width: number, height: number) {
    // WebDriver sizes the window; the page gets what is left after the window's chrome.
    await this.driver!.manage().window().setRect({ width, height, x: 0, y: 0 });
  }
  async freshProfile() {
    // One session at a time: end this one before the next starts (each gets a new profile).
    await this.driver?.quit();
    this.driver = undefined;
    await this.start();
  }
  async close() {
    await this.driver?.quit().catch(() => undefined);
    this.driver = undefined;
    if (this.server?.pid) {
      try {
        process.kill(-this.server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    this.server = undefined;
  }
}

async function waitForServer(url: string, timeoutMs = 30_000) {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function startDriver(engine: EngineName, base: string, webdriverPort: number): Promise<Driver> {
  const driver = engine === 'chromium' ? new ChromiumDriver(base) : engine === 'firefox' ? new FirefoxDriver(base) : new WebKitDriver(base, webdriverPort);
  await driver.start();
  return driver;
}
