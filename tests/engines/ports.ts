/**
 * The cross-engine suite serves dist/ on TEST_PORT (free again once Playwright is done) and
 * starts WebKitWebDriver on TEST_PORT + 12 (or WEBDRIVER_PORT), so parallel runs never collide.
 */
const port = Number(process.env.TEST_PORT ?? 4510);
export const SITE_PORT = port;
export const SITE_URL = `http://127.0.0.1:${SITE_PORT}/`;
export const WEBDRIVER_PORT = Number(process.env.WEBDRIVER_PORT ?? port + 12);
