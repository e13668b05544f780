import type { PortalFehlerCode } from "../../domain/portal/fehlerCodes";

export const portalErr = (code: PortalFehlerCode, feld?: string) =>
  ({ ok: false, error: feld === undefined ? { code } : { code, feld } }) as const;

export const portalOk = <T>(value: T) => ({ ok: true, value }) as const;
