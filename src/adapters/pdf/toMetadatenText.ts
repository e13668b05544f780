const ERSATZ: Record<string, string> = { "&": "＆", "<": "‹", ">": "›" };

/**
 * pdfkit copies Title/Author/Subject into the XMP metadata without XML escaping, so `&`, `<` or `>`
 * in a name would make the XMP invalid. Look-alike characters keep the title readable.
 */
export function toMetadatenText(text: string): string {
  return text.replace(/[&<>]/g, (zeichen) => ERSATZ[zeichen] ?? "");
}
