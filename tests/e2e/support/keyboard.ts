import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { DEMO_PASSWORT } from "./fixtures";

interface FocusInfo {
  beschreibung: string;
  sichtbar: boolean;
}

/** Describes the focused element and whether it shows a focus indicator (outline or box-shadow). */
export async function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { beschreibung: "body", sichtbar: false };
    const name =
      el.getAttribute("aria-label") ??
      (el.textContent ?? "").trim().slice(0, 40) ??
      el.getAttribute("name") ??
      "";
    const beschreibung = `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ""}> ${name}`;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== "none" && s.boxShadow !== "";
    return { beschreibung, sichtbar: outline || shadow };
  });
}

export async function expectFocusVisible(page: Page): Promise<void> {
  const info = await focusInfo(page);
  expect(info.sichtbar, `Fokus nicht sichtbar auf ${info.beschreibung}`).toBe(true);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times; then asserts that the
 * focus is visible. Fails with the list of elements passed on the way when the target is not reached.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 120, rueckwaerts = false } = {},
): Promise<void> {
  await expect(target).toHaveCount(1);
  if (await isFocused(target)) return expectFocusVisible(page);
  const weg: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(rueckwaerts ? "Shift+Tab" : "Tab");
    if (await isFocused(target)) return expectFocusVisible(page);
    const info = await focusInfo(page);
    weg.push(info.beschreibung);
  }
  throw new Error(`Ziel nach ${max}× Tab nicht erreicht: ${target.toString()}\nWeg: ${weg.join(" → ")}`);
}

/** Presses a key that navigates (link, submit button) and waits for the next document. */
export async function pressAndWait(page: Page, key: "Enter" | "Space", url?: RegExp): Promise<void> {
  const load = page.waitForEvent("load");
  await page.keyboard.press(key);
  await load;
  if (url) await expect(page).toHaveURL(url);
}

/** Replaces the content of the focused text field by typing. */
export async function replaceText(page: Page, text: string): Promise<void> {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

/**
 * Key sequence for a date field. Chromium orders the date segments by its UI language (en-US in the
 * Debian package without locales: MM/DD/YYYY), not by the page locale – so ask the browser once.
 */
export async function dateKeys(page: Page, iso: string): Promise<string> {
  const probe = await page.context().newPage();
  try {
    await probe.setContent('<input type="date" aria-label="Probe">');
    await probe.getByLabel("Probe").focus();
    await probe.keyboard.type("02031999");
    const value = await probe.getByLabel("Probe").inputValue();
    const [y, m, d] = iso.split("-");
    return value === "1999-02-03" ? `${m}${d}${y}` : `${d}${m}${y}`;
  } finally {
    await probe.close();
  }
}

/** Signs in on the staff login page by keyboard only (Tab, typing, Enter); axe-checked; lands on the caseload. */
export async function anmeldenMitTastatur(page: Page, benutzername = "berger"): Promise<void> {
  await page.goto("/anmelden");
  await expectNoA11yViolations(page);
  await tabTo(page, page.getByRole("textbox", { name: "Benutzername" }));
  await page.keyboard.type(benutzername);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORT);
  await pressAndWait(page, "Enter", /\/faelle$/);
  await expectNoA11yViolations(page);
}
