import { expectEveryPageChecked, expectNoA11yViolations, trackA11y } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { LoginPage, PlanEditorPage } from "./support/pages";

test("Zwei Sitzungen speichern denselben Entwurf: die zweite bekommt einen Konflikt und behält ihren Text", async ({
  page,
  browser,
}) => {
  // First session finds a draft of Anna Berger.
  const faelle = await new LoginPage(page).login("berger");
  await faelle.filter("Entwurf");
  const person = await faelle.openFirst();
  await person.openVersion(1);
  const erster = await new PlanEditorPage(page).check(1);
  const editorUrl = page.url();

  // Second session, same account, same draft.
  const context2 = await browser.newContext();
  const page2 = await context2.newPage();
  trackA11y(page2);
  await new LoginPage(page2).login("berger");
  await page2.goto(editorUrl);
  const zweiter = await new PlanEditorPage(page2).check(1);

  const textErster = "Ich arbeite als Pflegehelferin in Teilzeit.";
  const textZweiter = "Ich arbeite als Erzieherin.";
  await erster.setBerufsziel(textErster);
  await erster.speichern();

  await zweiter.setBerufsziel(textZweiter);
  await page2.getByRole("button", { name: "Entwurf speichern" }).click();
  await page2.waitForLoadState("load");
  await expectNoA11yViolations(page2);
  const alert = page2.getByRole("alert");
  await expect(alert).toContainText(
    "Jemand anderes hat diesen Entwurf inzwischen gespeichert. Ihre Änderungen wurden nicht gespeichert.",
  );
  await expect(alert).toBeFocused();
  await expect(page2.getByRole("status")).toHaveCount(0);
  // What the second person typed is still in the form, so nothing is lost.
  const ziel2 = page2.getByRole("textbox", {
    name: "Berufsziel (Eingliederungsziel) in einfachen Worten",
    exact: true,
  });
  await expect(ziel2).toHaveValue(textZweiter);

  await page2.getByRole("link", { name: "Entwurf neu laden" }).click();
  await zweiter.check(1);
  await expect(ziel2).toHaveValue(textErster);
  await expect(page2.getByRole("alert")).toHaveCount(0);

  // After reloading, the second session can save again.
  await zweiter.setBerufsziel(`${textErster} Und Erzieherin.`);
  await zweiter.speichern();

  expectEveryPageChecked(page2);
  await context2.close();
});
