import { describe, expect, it } from "vitest";
import type { PdfRenderer, PlanDokument } from "../../../application/ports";
import { CachingPdfRenderer } from "../CachingPdfRenderer";
import { buildPlanDokument } from "./buildPlanDokument";

function zaehlenderRenderer(): PdfRenderer & { aufrufe: number } {
  const r = {
    aufrufe: 0,
    renderPlan: async (doc: PlanDokument) => {
      r.aufrufe += 1;
      return new TextEncoder().encode(`${doc.person.name}:${r.aufrufe}`);
    },
  };
  return r;
}

describe("CachingPdfRenderer", () => {
  it("renders an agreed version once and hands out the same bytes again", async () => {
    const inner = zaehlenderRenderer();
    const renderer = new CachingPdfRenderer(inner);
    const doc = buildPlanDokument();
    const erste = await renderer.renderPlan(doc);
    const zweite = await renderer.renderPlan(structuredClone(doc));
    expect(zweite).toBe(erste);
    expect(inner.aufrufe).toBe(1);
  });

  it("renders anew when anything printed changes, such as the counsellor's telephone", async () => {
    const inner = zaehlenderRenderer();
    const renderer = new CachingPdfRenderer(inner);
    const doc = buildPlanDokument();
    await renderer.renderPlan(doc);
    await renderer.renderPlan({ ...doc, betreuung: { ...doc.betreuung, telefon: "0211 999" } });
    expect(inner.aufrufe).toBe(2);
  });

  it("never keeps a draft, whose content still changes", async () => {
    const inner = zaehlenderRenderer();
    const renderer = new CachingPdfRenderer(inner);
    const entwurf = buildPlanDokument({ abgestimmtAm: null, kanal: null, ueberpruefungAm: null });
    await renderer.renderPlan(entwurf);
    await renderer.renderPlan(entwurf);
    expect(inner.aufrufe).toBe(2);
  });

  it("forgets the least recently used version beyond its size", async () => {
    const inner = zaehlenderRenderer();
    const renderer = new CachingPdfRenderer(inner, 2);
    const fuer = (name: string) => buildPlanDokument({ person: { name, bgNummer: "1" } });
    const [a, b, c] = [fuer("A"), fuer("B"), fuer("C")];
    await renderer.renderPlan(a);
    await renderer.renderPlan(b);
    await renderer.renderPlan(a);
    await renderer.renderPlan(c);
    await renderer.renderPlan(a);
    expect(inner.aufrufe).toBe(3);
    await renderer.renderPlan(b);
    expect(inner.aufrufe).toBe(4);
  });
});
