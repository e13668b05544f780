import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

interface StrukturKnoten {
  role?: string;
  children?: StrukturKnoten[];
}

export interface GelesenesPdf {
  seiten: number;
  /** All text, whitespace collapsed to single spaces. */
  text: string;
  marked: boolean;
  rollen: string[];
  /** Text and path painting operators inside an `Artifact` marked-content sequence. */
  artefakte: number;
  /** Painting operators outside any marked content: must be 0 in PDF/UA. */
  ungetaggt: number;
  info: Record<string, unknown>;
  /** The file as latin1, for checks on uncompressed dictionaries (`/Lang`, `/FontFile2`). */
  roh: string;
}

const MALEN: ReadonlySet<number> = new Set([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
  OPS.constructPath,
]);

/** Counts painting operators inside artifacts and outside any marked content. */
function countMarkierung(ops: { fnArray: number[]; argsArray: unknown[] }): [number, number] {
  const offen: unknown[] = [];
  let artefakte = 0;
  let ungetaggt = 0;
  ops.fnArray.forEach((fn, index) => {
    if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
      offen.push((ops.argsArray[index] as unknown[])[0]);
    } else if (fn === OPS.endMarkedContent) offen.pop();
    else if (MALEN.has(fn) && offen.length === 0) ungetaggt++;
    else if (MALEN.has(fn) && offen.includes("Artifact")) artefakte++;
  });
  return [artefakte, ungetaggt];
}

function collectRollen(knoten: StrukturKnoten, rollen: string[]): void {
  if (knoten.role) rollen.push(knoten.role);
  for (const kind of knoten.children ?? []) collectRollen(kind, rollen);
}

/** Parses a PDF with pdfjs the way a viewer would: text, tags, catalog flags and metadata. */
export async function readPdf(bytes: Uint8Array): Promise<GelesenesPdf> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const texte: string[] = [];
  const rollen: string[] = [];
  let artefakte = 0;
  let ungetaggt = 0;
  for (let nummer = 1; nummer <= pdf.numPages; nummer++) {
    const seite = await pdf.getPage(nummer);
    const inhalt = await seite.getTextContent();
    for (const item of inhalt.items) if ("str" in item) texte.push(item.str);
    collectRollen((await seite.getStructTree()) as StrukturKnoten, rollen);
    const [a, u] = countMarkierung(await seite.getOperatorList());
    artefakte += a;
    ungetaggt += u;
  }
  const { info } = await pdf.getMetadata();
  const markInfo = await pdf.getMarkInfo();
  const ergebnis: GelesenesPdf = {
    seiten: pdf.numPages,
    text: texte.join(" ").replace(/\s+/g, " "),
    marked: markInfo?.Marked === true,
    rollen,
    artefakte,
    ungetaggt,
    info: info as Record<string, unknown>,
    roh: Buffer.from(bytes).toString("latin1"),
  };
  await pdf.destroy();
  return ergebnis;
}

/** Whether `text` contains `gesucht`, ignoring all whitespace (line breaks split words into items). */
export function containsText(text: string, gesucht: string): boolean {
  const ohne = (s: string) => s.replace(/\s+/g, "");
  return ohne(text).includes(ohne(gesucht));
}
