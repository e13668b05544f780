import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tier: real Chromium (Debian's /usr/bin/chromium, never `playwright install`) against the
 * built app on a fresh PGlite folder with demo data. Screenshots (`@screenshot`) only run on request:
 * `npx playwright test --grep @screenshot`.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const screenshots = process.argv.some((a) => a.includes("@screenshot"));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["line"]],
  grepInvert: screenshots ? undefined : /@screenshot/,
  use: {
    baseURL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "off",
    screenshot: "only-on-failure",
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `rm -rf data/e2e && DATA_DIR=data/e2e PORT=${PORT} LOGIN_RATE_LIMIT=1000 LOG_LEVEL=warn npm start`,
    url: `${baseURL}/health`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
  },
});
