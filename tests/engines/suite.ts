/**
 * Runs every journey in one engine, each in a fresh browser session. An engine that cannot
 * do a journey at all (print, in WebKitGTK's MiniBrowser) leaves it out by name; nothing is
 * skipped, and a missing browser fails the run.
 */
import { afterAll, beforeAll, describe, test } from 'vitest';
import { startDriver } from './drivers';
import type { Driver, EngineName } from './driver';
import { journeys } from './journeys';
import { SITE_URL, WEBDRIVER_PORT } from './ports';

export function engineSuite(engine: EngineName) {
  describe(engine, () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = await startDriver(engine, SITE_URL, WEBDRIVER_PORT);
    });
    afterAll(async () => {
      await driver?.close();
    });

    for (const journey of journeys) {
      if (journey.needs === 'print' && engine === 'webkit') continue;
      test(journey.name, async () => {
        await driver.freshProfile();
        await journey.run(driver);
      });
    }
  });
}
