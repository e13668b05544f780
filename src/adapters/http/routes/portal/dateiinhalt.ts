import { inflateSync } from "node:zlib";
import {
  beurteileInhalt,
  pdfNamenEntschluesseln,
  type InhaltsBefund,
  type NachweisTyp,
} from "../../../../domain/portal/nachweis";

/** At most this many bytes are decompressed per upload (no decompression bombs). */
const MAX_ENTPACKT = 64 * 1024 * 1024;

/**
 * Splits a PDF into its object syntax (stream bodies cut out) and the decompressed content of its
 * object streams. A stream that does not inflate is skipped: its dictionary is still scanned.
 */
function pdfObjekte(bytes: Buffer): { objekte: string[]; unlesbar: boolean } {
  const latin1 = bytes.toString("latin1");
  const ausserhalb: string[] = [];
  const objektStroeme: string[] = [];
  let rest = MAX_ENTPACKT;
  let unlesbar = false;
  let pos = 0;
  const marke = /stream\r?\n/g;
  for (let m = marke.exec(latin1); m; m = marke.exec(latin1)) {
    const start = m.index + m[0].length;
    const ende = latin1.indexOf("endstream", start);
    if (ende < 0) break;
    ausserhalb.push(latin1.slice(pos, m.index));
    const woerterbuch = pdfNamenEntschluesseln(latin1.slice(Math.max(pos, m.index - 512), m.index));
    if (/\/ObjStm(?![A-Za-z0-9])/.test(woerterbuch))
      try {
        const daten = inflateSync(bytes.subarray(start, ende), { maxOutputLength: rest });
        rest -= daten.byteLength;
        objektStroeme.push(daten.toString("latin1"));
      } catch {
        // not Flate, truncated or too large: objects that cannot be checked are not accepted
        unlesbar = true;
      }
    pos = ende;
    marke.lastIndex = ende;
  }
  ausserhalb.push(latin1.slice(pos));
  return { objekte: [ausserhalb.join(" "), ...objektStroeme], unlesbar };
}

/**
 * Reads an upload's bytes for active content: markup anywhere in the file, and for a PDF the names
 * in its objects. The verdict is the domain's (`beurteileInhalt`).
 */
export function befundDerDatei(bytes: Uint8Array, typ: NachweisTyp | null): InhaltsBefund {
  if (!typ) return "sauber";
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pdf = typ === "application/pdf" ? pdfObjekte(buffer) : { objekte: [], unlesbar: false };
  return beurteileInhalt(typ, {
    text: buffer.toString("latin1"),
    pdfObjekte: pdf.objekte,
    pdfUnlesbar: pdf.unlesbar,
  });
}
