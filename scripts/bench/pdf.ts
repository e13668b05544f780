/**
 * Render time and size of the plan PDF: `npx tsx scripts/bench/pdf.ts [runs]`.
 * "typisch" is the realistic one-page plan of the tests; "verkleinert" needs several layout passes
 * to shrink to one page; "fitsOnePage" is the check the editor preview runs; "abgestimmt" is the
 * download of an agreed version through the cache the app uses (rendered once, then served).
 */
import { fitsOnePage } from "../../src/adapters/pdf/fitsOnePage";
import { CachingPdfRenderer } from "../../src/adapters/pdf/CachingPdfRenderer";
import { PdfKitPlanRenderer } from "../../src/adapters/pdf/PdfKitPlanRenderer";
import { buildLangerInhalt } from "../../src/adapters/pdf/__test__/buildLangerInhalt";
import { buildPlanDokument } from "../../src/adapters/pdf/__test__/buildPlanDokument";

const runs = Number(process.argv[2] ?? 30);
const renderer = new PdfKitPlanRenderer();

function median(werte: number[]): number {
  const sortiert = [...werte].sort((a, b) => a - b);
  const mitte = Math.floor(sortiert.length / 2);
  return sortiert.length % 2
    ? (sortiert[mitte] ?? 0)
    : ((sortiert[mitte - 1] ?? 0) + (sortiert[mitte] ?? 0)) / 2;
}

async function measure(name: string, lauf: () => Promise<number | null>): Promise<void> {
  for (let i = 0; i < 3; i++) await lauf();
  const zeiten: number[] = [];
  let groesse: number | null = null;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    groesse = await lauf();
    zeiten.push(performance.now() - start);
  }
  const kb = groesse === null ? "" : `  size ${(groesse / 1024).toFixed(1)} KiB`;
  console.log(`${name.padEnd(12)} median ${median(zeiten).toFixed(1)} ms  (n=${runs})${kb}`);
}

const typisch = buildPlanDokument();
const verkleinert = buildPlanDokument({}, buildLangerInhalt(4, 2));
await measure("typisch", async () => (await renderer.renderPlan(typisch)).byteLength);
await measure("verkleinert", async () => (await renderer.renderPlan(verkleinert)).byteLength);
const cached = new CachingPdfRenderer(renderer);
await measure("abgestimmt", async () => (await cached.renderPlan(typisch)).byteLength);
await measure("fitsOnePage", async () => {
  fitsOnePage(typisch);
  return null;
});
