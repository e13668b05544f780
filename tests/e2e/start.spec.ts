import { expect, test } from "@playwright/test";

// The e2e server is started by `npm start`, the README's start command.
test("npm start serves the pages with React's production build", async ({ request }) => {
  const health = await request.get("/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", datenbank: "pglite", react: "production" });
});
