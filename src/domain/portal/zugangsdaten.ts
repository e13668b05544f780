import { z } from "zod";

/** A user name the recipient chooses: 4 to 40 letters, digits, dot, dash or underscore. */
export const BenutzernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{4,40}$/, { message: "benutzername" });

/** At least 10 characters; long passphrases are welcome (NIST SP 800-63B). */
export const PasswortSchema = z.string().min(10, { message: "passwort_kurz" }).max(200, { message: "max" });

export const AktivierungSchema = z
  .object({
    code: z.string().trim().min(1, { message: "required" }).max(40, { message: "max" }),
    benutzername: BenutzernameSchema,
    passwort: PasswortSchema,
    passwortWiederholung: z.string(),
  })
  .refine((a) => a.passwort === a.passwortWiederholung, {
    message: "passwort_ungleich",
    path: ["passwortWiederholung"],
  });
export type Aktivierung = z.infer<typeof AktivierungSchema>;

export const PortalLoginSchema = z.object({
  benutzername: z.string().trim().toLowerCase().min(1, { message: "required" }).max(40),
  passwort: z.string().min(1, { message: "required" }).max(200),
});

export const TotpCodeSchema = z.object({
  totp: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { message: "totp" }),
});
