import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { anmeldenMitTastatur, pressAndWait, tabTo } from "./support/keyboard";

/**
 * Issue 12, § 3: the counsellor's inbox. From the caseload's navigation to the Posteingang, follow an item
 * to where it is handled, come back and mark it done; by keyboard only (Tab, Enter), axe clean on every page.
 */
test("Posteingang: Eintrag öffnen und als erledigt markieren, nur mit der Tastatur", async ({ page }) => {
  await anmeldenMitTastatur(page);

  // The caseload counts open items per person; the navigation names the total.
  await expect(page.getByRole("columnheader", { name: "Posteingang" })).toBeVisible();
  const nav = page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: /^Posteingang/ });
  const vorher = Number(/\((\d+)\)/.exec((await nav.textContent()) ?? "")?.[1]);
  expect(vorher).toBeGreaterThan(0);
  await tabTo(page, nav);
  await pressAndWait(page, "Enter", /\/eingang$/);
  await expectNoA11yViolations(page);
  await expect(page.getByRole("heading", { level: 1, name: "Posteingang" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(`${vorher} offene Einträge`);

  // The first item (overdue first) links to where it is handled: the review page of the plan.
  const erste = page.getByRole("row").nth(1);
  const link = erste.getByRole("rowheader").getByRole("link");
  const person = (await erste.getByRole("cell").first().textContent()) ?? "";
  const ziel = (await link.getAttribute("href")) ?? "";
  expect(ziel).toMatch(/^\/(plaene|personen|briefe)\//);
  await tabTo(page, link);
  await pressAndWait(page, "Enter");
  await expect(page).toHaveURL(new RegExp(`${ziel.replace(/[/]/g, "\\/")}$`));
  await expectNoA11yViolations(page);

  // Back in the inbox: mark that item done; the page says so and the item is gone.
  await page.goBack();
  await expect(page).toHaveURL(/\/eingang$/);
  await expectNoA11yViolations(page);
  const knopf = page
    .getByRole("row")
    .nth(1)
    .getByRole("button", { name: /^Erledigt: / });
  const name = (await knopf.getAttribute("aria-label")) ?? "";
  expect(name).toContain(person);
  const gleiche = await page.getByRole("button", { name, exact: true }).count();
  await tabTo(page, knopf);
  await pressAndWait(page, "Enter", /\/eingang\?erledigt=1$/);
  await expectNoA11yViolations(page);
  await expect(page.getByText("Der Eintrag ist als erledigt markiert.")).toBeVisible();
  await expect(page.getByRole("status").last()).toHaveText(
    vorher - 1 === 1 ? "1 offener Eintrag" : `${vorher - 1} offene Einträge`,
  );
  await expect(page.getByRole("button", { name, exact: true })).toHaveCount(gleiche - 1);
});
