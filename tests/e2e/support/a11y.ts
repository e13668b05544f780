import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA, as required for public-sector software (BITV 2.0 / EN 301 549). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface Besuch {
  url: string;
  geprueft: boolean;
}

const besuche = new WeakMap<Page, Besuch[]>();
const ohneSkript = new WeakSet<Page>();

/** For pages of a `javaScriptEnabled: false` context: axe then runs on a copy of the page (see below). */
export function markNoScript(page: Page): void {
  ohneSkript.add(page);
}

/**
 * Records every document the page navigates to, so a test can assert at the end that axe ran on each
 * of them (`expectEveryPageChecked`).
 */
export function trackA11y(page: Page): void {
  if (besuche.has(page)) return;
  const liste: Besuch[] = [];
  besuche.set(page, liste);
  // "load" fires once per document (not for #hash changes), also after a form post re-renders the same URL.
  page.on("load", () => {
    const url = page.url().split("#")[0] ?? "";
    if (url !== "about:blank") liste.push({ url, geprueft: false });
  });
}

function lesbar(violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]): string[] {
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map(
        (n) => `    • ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replaceAll("\n", "\n      ")}`,
      )
      .join("\n");
    return `${v.id} [${v.impact ?? "?"}] ${v.help}\n    ${v.helpUrl}\n${nodes}`;
  });
}

/**
 * axe needs script, which a no-script page does not run. So the served HTML is shown at the same URL in
 * a scripted context (same styles from the server, the app's own script blocked) and checked there.
 */
async function analyzeCopy(page: Page) {
  const browser = page.context().browser();
  if (!browser) throw new Error("Kein Browser für die axe-Kopie");
  const html = await page.content();
  const url = page.url();
  const context = await browser.newContext({ viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    await copy.route("**/assets/app/client.js", (route) => route.abort());
    const ohneHash = (u: string) => u.split("#")[0];
    await copy.route(
      (u) => ohneHash(u.href) === ohneHash(url),
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await copy.goto(url);
    await expect(copy.locator("h1"), "axe-Kopie zeigt dieselbe Seite").toHaveText(
      (await page.locator("h1").textContent()) ?? "",
    );
    return await new AxeBuilder({ page: copy }).withTags(AXE_TAGS).analyze();
  } finally {
    await context.close();
  }
}

/** Runs axe (WCAG 2.1 AA) on the current page; any violation fails the test with a readable list. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  const results = ohneSkript.has(page)
    ? await analyzeCopy(page)
    : await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const gefunden = lesbar(results.violations);
  expect(gefunden, `Barrierefreiheit (axe) auf ${page.url()}:\n\n${gefunden.join("\n\n")}`).toEqual([]);
  const liste = besuche.get(page);
  const letzter = liste?.at(-1);
  if (letzter) letzter.geprueft = true;
}

/** Fails when the page visited a document on which `expectNoA11yViolations` did not run. */
export function expectEveryPageChecked(page: Page): void {
  const offen = (besuche.get(page) ?? []).filter((b) => !b.geprueft).map((b) => b.url);
  expect(offen, "Seiten ohne axe-Prüfung").toEqual([]);
}
