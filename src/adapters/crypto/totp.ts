import { Secret, TOTP } from "otpauth";
import type { TotpPort } from "../../application/portal/auth/deps";

const totpFor = (secret: string, label = "Portal") =>
  new TOTP({
    issuer: "Kooperationsplan",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

const PERIODE_S = 30;
/** Allowed clock drift between the server and the authenticator app: one step either way. */
export const TOTP_DRIFT_SCHRITTE = 1;

/** RFC 6238 TOTP with the `otpauth` package; returns the matched time step (replay check by the caller). */
export const otpTotp: TotpPort = {
  generateSecret: () => new Secret({ size: 20 }).base32,
  uri: (secret, label) => totpFor(secret, label).toString(),
  verify: (secret, code, at) => {
    const delta = totpFor(secret).validate({
      token: code,
      timestamp: at.getTime(),
      window: TOTP_DRIFT_SCHRITTE,
    });
    return delta === null ? null : Math.floor(at.getTime() / 1000 / PERIODE_S) + delta;
  },
};
