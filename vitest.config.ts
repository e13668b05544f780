import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    env: { TZ: "Europe/Berlin" },
    projects: [
      {
        test: { name: "unit", include: ["src/**/__test__/**/*.test.{ts,tsx}"], env: { TZ: "Europe/Berlin" } },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          env: { TZ: "Europe/Berlin" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
