import { expectEveryPageChecked, expectNoA11yViolations, markNoScript, trackA11y } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { LoginPage, PersonPage, PlanEditorPage } from "./support/pages";

test("Andere Jobcenter sehen Musterstädter Personen nicht (404 auf Deutsch)", async ({ page, browser }) => {
  const context = await browser.newContext();
  const berger = await context.newPage();
  trackA11y(berger);
  const href = await (await new LoginPage(berger).login("berger")).firstPersonHref();
  expectEveryPageChecked(berger);
  await context.close();

  await new LoginPage(page).login("nachbar");
  const response = await page.goto(href);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nicht gefunden");
  await expect(page.getByRole("main")).toContainText("Das haben wir nicht gefunden.");
  await expect(page).toHaveTitle(/Fehler 404/);
  await expectNoA11yViolations(page);

  // Sub-pages of someone else's person are just as invisible.
  const unterseite = await page.request.get(`${href}/potenzialanalyse`);
  expect(unterseite.status()).toBe(404);
});

test("Teamleitung sieht Personen nur lesend", async ({ page }) => {
  const faelle = await new LoginPage(page).login("teamleitung");
  await expect(faelle.rows().first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Person aufnehmen" })).toHaveCount(0);

  await faelle.filter("Noch kein Plan");
  const ohnePlan = await faelle.openFirst();
  await expect(
    page.getByText("Nur lesen: Pläne schreibt die zuständige Integrationsfachkraft."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Plan schreiben" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Potenzialanalyse erfassen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Vermerk speichern" })).toHaveCount(0);
  expect(ohnePlan.listName).not.toBe("");

  await page.getByRole("link", { name: "Fallübersicht" }).first().click();
  await faelle.check();
  await faelle.filter("Aktuell");
  const mitPlan = await faelle.openFirst();
  await mitPlan.openVersion(1);
  await expect(page.getByRole("article", { name: /^Mein Kooperationsplan/ })).toBeVisible();
  await expectNoA11yViolations(page);
  await expect(page.getByRole("button", { name: "Plan fortschreiben" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "PDF herunterladen" })).toBeVisible();

  // Writing by URL is refused as well.
  const editor = await page.request.get(`${page.url()}/bearbeiten`, { maxRedirects: 0 });
  expect([303, 403, 404]).toContain(editor.status());
});

test("Ohne JavaScript: Schritt hinzufügen und Entwurf speichern", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  trackA11y(page);
  markNoScript(page);
  const faelle = await new LoginPage(page).login("berger");
  await faelle.filter("Entwurf");
  const person = await faelle.openFirst();
  await person.openVersion(1);
  const editor = await new PlanEditorPage(page).check(1);

  const vorher = await editor.eintraege("schritte").count();
  await editor.addEintrag("schritte", {
    text: "Ich gehe zur Schuldnerberatung.",
    haeufigkeit: "einmal",
    nachweis: "Terminbestätigung",
  });
  await editor.speichern();
  await expect(editor.eintraege("schritte")).toHaveCount(vorher + 1);
  await expect(editor.eintragText("schritte", vorher)).toHaveValue("Ich gehe zur Schuldnerberatung.");
  await expect(editor.eintraege("schritte").nth(vorher).getByLabel("Nachweis")).toHaveValue(
    "Terminbestätigung",
  );

  // Still there after leaving and coming back.
  await page.getByRole("link", { name: "Zurück zur Person" }).click();
  await new PersonPage(page).check();
  await person.openVersion(1);
  await editor.check(1);
  await expect(editor.eintragText("schritte", vorher)).toHaveValue("Ich gehe zur Schuldnerberatung.");

  expectEveryPageChecked(page);
  await context.close();
});

test("Falsches Passwort: deutsche Meldung in der Fehlerzusammenfassung", async ({ page }) => {
  const login = await new LoginPage(page).goto();
  const response = page.waitForResponse(
    (r) => r.url().endsWith("/anmelden") && r.request().method() === "POST",
  );
  await login.submit("berger", "falsch");
  expect((await response).status()).toBe(401);
  await expectNoA11yViolations(page);
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("heading", { name: "Bitte prüfen Sie Ihre Eingaben" })).toBeVisible();
  await expect(summary).toContainText("Benutzername oder Passwort stimmt nicht. Prüfen Sie Ihre Eingabe.");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Benutzername")).toHaveValue("berger");
  await expect(page.getByLabel("Passwort")).toHaveValue("");
  await expect(page).toHaveURL(/\/anmelden$/);

  // The right password still works afterwards.
  await login.submit("berger", "Musterstadt-2026");
  await expect(page).toHaveURL(/\/faelle$/);
  await expectNoA11yViolations(page);
});
