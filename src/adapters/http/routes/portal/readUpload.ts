import type { FastifyRequest } from "fastify";
import type { PortalFehlerCode } from "../../../../domain/portal/fehlerCodes";

export type Upload =
  | { ok: true; csrf: string; dateiname: string; beschreibung: string; inhalt: Uint8Array }
  | { ok: false; csrf: string; code: PortalFehlerCode };

const feldWert = (f: unknown): string =>
  f && typeof f === "object" && "value" in f && typeof f.value === "string" ? f.value : "";

/**
 * Reads the one file of a multipart form (fields before the file: `_csrf`, `beschreibung`). A file over
 * the limit, an empty file or a missing file is refused before anything is stored.
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) return { ok: false, csrf: "", code: "portal.validierung" };
  try {
    const part = await request.file();
    if (!part) return { ok: false, csrf: "", code: "portal.datei_leer" };
    const csrf = feldWert(part.fields._csrf);
    (request as FastifyRequest & { portalUploadCsrf?: string }).portalUploadCsrf = csrf;
    const beschreibung = feldWert(part.fields.beschreibung);
    const inhalt = await part.toBuffer();
    if (part.file.truncated) return { ok: false, csrf, code: "portal.datei_zu_gross" };
    if (inhalt.byteLength === 0) return { ok: false, csrf, code: "portal.datei_leer" };
    return { ok: true, csrf, dateiname: part.filename, beschreibung, inhalt: new Uint8Array(inhalt) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE")
      return { ok: false, csrf: csrfAusFehler(request), code: "portal.datei_zu_gross" };
    if (code?.startsWith("FST_")) return { ok: false, csrf: "", code: "portal.validierung" };
    throw error;
  }
}

/** The CSRF field read before the file was refused (kept on the request by `readUpload`). */
function csrfAusFehler(request: FastifyRequest): string {
  return (request as FastifyRequest & { portalUploadCsrf?: string }).portalUploadCsrf ?? "";
}
