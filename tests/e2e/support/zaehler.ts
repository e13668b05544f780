import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";

/**
 * Counts what a review costs the counsellor (issue 12, § 1): documents loaded (`load` of the main frame,
 * redirects followed by the browser count once), mouse clicks, keys that act (Enter, Space, an arrow that
 * selects a radio button) and Tab presses. Every page reached is checked with axe.
 */
export interface Zaehlung {
  seiten: number;
  klicks: number;
  tasten: number;
  tabs: number;
}

export function zaehler(page: Page) {
  const z: Zaehlung = { seiten: 0, klicks: 0, tasten: 0, tabs: 0 };
  page.on("load", () => {
    z.seiten++;
  });
  async function navigiert(url: RegExp, handlung: () => Promise<void>) {
    const load = page.waitForEvent("load");
    await handlung();
    await load;
    await expect(page).toHaveURL(url);
    await expectNoA11yViolations(page);
  }
  return {
    z,
    /** A click that stays on the page (e.g. into a text field). */
    async klick(target: Locator) {
      z.klicks++;
      await target.click();
    },
    /** A click on a link or submit button that loads the next document at `url`. */
    async klickUndWarte(target: Locator, url: RegExp) {
      z.klicks++;
      await navigiert(url, () => target.click());
    },
    /** Tab (or Shift+Tab) until `target` has focus; every press is counted. */
    async tabZu(target: Locator, max = 200) {
      await expect(target).toHaveCount(1);
      for (let i = 0; i < max; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        z.tabs++;
        await page.keyboard.press("Tab");
      }
      throw new Error(`Ziel nach ${max}× Tab nicht erreicht: ${target.toString()}`);
    },
    /** An acting key (Enter, Space, an arrow on a radio group) that stays on the page. */
    async taste(key: string) {
      z.tasten++;
      await page.keyboard.press(key);
    },
    /** An acting key that loads the next document at `url`. */
    async tasteUndWarte(key: "Enter" | "Space", url: RegExp) {
      z.tasten++;
      await navigiert(url, () => page.keyboard.press(key));
    },
  };
}
