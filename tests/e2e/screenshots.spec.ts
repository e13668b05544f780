import { expect, test } from "./support/fixtures";
import { LoginPage, PlanEditorPage } from "./support/pages";

/**
 * Screenshots for the documentation, 1280 px wide. Not part of the normal run:
 * `npx playwright test --grep @screenshot` (writes doc/screenshots/faelle.png and plan.png).
 */
test.use({ viewport: { width: 1280, height: 900 } });

test("Screenshots für die Dokumentation @screenshot", async ({ page }) => {
  const faelle = await new LoginPage(page).login("berger");
  await page.screenshot({ path: "doc/screenshots/faelle.png", fullPage: true });

  // The preview of a draft: the document as the person receives it, and the form to agree on it.
  await faelle.filter("Entwurf");
  const person = await faelle.openFirst();
  await person.openVersion(1);
  const plan = await (await new PlanEditorPage(page).check(1)).vorschau();
  await expect(plan.dokument()).toBeVisible();
  await page.screenshot({ path: "doc/screenshots/plan.png", fullPage: true });
});
