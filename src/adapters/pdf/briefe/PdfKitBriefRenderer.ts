import type { BriefDokument, BriefRenderer } from "../../../application/rechtsfolgen/ports";
import { renderBriefPdf } from "./renderBriefPdf";

/** Letters as tagged PDF/UA, rendered with pdfkit. */
export class PdfKitBriefRenderer implements BriefRenderer {
  renderBrief(doc: BriefDokument): Promise<Uint8Array> {
    return renderBriefPdf(doc);
  }
}
