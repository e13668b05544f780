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

/** RFC 6238 TOTP with the `otpauth` package; one step of clock drift is accepted. */
export const otpTotp: TotpPort = {
  generateSecret: () => new Secret({ size: 20 }).base32,
  uri: (secret, label) => totpFor(secret, label).toString(),
  verify: (secret, code, at) =>
    totpFor(secret).validate({ token: code, timestamp: at.getTime(), window: 1 }) !== null,
};
