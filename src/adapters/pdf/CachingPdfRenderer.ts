import { createHash } from "node:crypto";
import type { PdfRenderer, PlanDokument } from "../../application/ports";

/** Agreed versions kept at the most (about 35 KiB each). */
const HOECHSTENS = 256;

/**
 * Keeps the PDF of agreed versions in memory. An agreed version never changes, but what is printed
 * beside it can (counsellor's contact, a new translation), so the key is a hash of the whole
 * document: a change of any printed field renders anew. Drafts are never cached.
 */
export class CachingPdfRenderer implements PdfRenderer {
  private readonly cache = new Map<string, Uint8Array>();

  constructor(
    private readonly inner: PdfRenderer,
    private readonly hoechstens = HOECHSTENS,
  ) {}

  async renderPlan(doc: PlanDokument): Promise<Uint8Array> {
    if (doc.abgestimmtAm === null) return this.inner.renderPlan(doc);
    const key = createHash("sha256").update(JSON.stringify(doc)).digest("base64");
    const bekannt = this.cache.get(key);
    if (bekannt) {
      this.cache.delete(key);
      this.cache.set(key, bekannt);
      return bekannt;
    }
    const bytes = await this.inner.renderPlan(doc);
    this.cache.set(key, bytes);
    if (this.cache.size > this.hoechstens) this.cache.delete(this.cache.keys().next().value as string);
    return bytes;
  }
}
