import { z } from "zod";

/** Position after the last row of a page: the row's exact time (microseconds, UTC) and its id. */
export interface AuditCursor {
  at: string;
  id: string;
}

const CursorSchema = z.object({
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
  id: z.string().regex(/^\d{1,19}$/),
});

/** Rows per page of an audit protocol (screen and API). */
export const AUDIT_SEITE = 50;

/** An opaque, URL-safe token for the next page (keyset paging in the stable order at, id). */
export function encodeCursor(c: AuditCursor): string {
  return Buffer.from(`${c.at}|${c.id}`, "utf8").toString("base64url");
}

/** The cursor in a token, or null when the token is not one we issued. */
export function decodeCursor(token: string): AuditCursor | null {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(token)) return null;
  const [at, id, rest] = Buffer.from(token, "base64url").toString("utf8").split("|");
  if (rest !== undefined) return null;
  const parsed = CursorSchema.safeParse({ at, id });
  return parsed.success ? parsed.data : null;
}
