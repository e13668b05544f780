import { defineConfig } from "vitest/config";

/**
 * Tests run in a random order (files and tests), so a test that relies on another test's leftovers fails.
 * The seed is printed; replay a run with `TEST_SEED=<seed> npm test`.
 */
/** Dates are Berlin dates whatever the server's zone: CI also runs the tests with TEST_TZ=UTC and UTC+14. */
const tz = process.env.TEST_TZ ?? "Europe/Berlin";
const seed = Number(process.env.TEST_SEED ?? Math.floor(Math.random() * 1_000_000));
if (!process.env.VITEST_WORKER_ID) console.warn(`Tests shuffled with seed ${seed} (TEST_SEED=${seed})`);

export default defineConfig({
  test: {
    env: { TZ: tz },
    sequence: { shuffle: true, seed },
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/__test__/**/*.test.{ts,tsx}"],
          env: { TZ: tz },
          // PDF rendering and font subsetting take a few seconds on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Migrates once per run; every test file clones that database (PGlite dump, PostgreSQL template).
          globalSetup: ["tests/integration/support/globalSetup.ts"],
          env: { TZ: tz },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
