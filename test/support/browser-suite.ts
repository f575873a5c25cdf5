import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startWebApp, type WebApp } from './web-app';

export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

/**
 * A browser test file's world: the product (startWebApp) and headless Chromium, started
 * before its tests and stopped after them. Read `web` and `browser` inside the tests.
 */
export function browserSuite(label: string, config: Record<string, unknown> = {}) {
  const suite = {} as { web: WebApp; browser: Browser };
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [suite.web, suite.browser] = await Promise.all([startWebApp(label, config), launchBrowser()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.web?.stop();
  });
  return suite;
}
