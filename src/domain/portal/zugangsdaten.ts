import { z } from "zod";
import { pruefePasswort, type PasswortMangel } from "../anmeldung/passwortRegel";

/** A user name the recipient chooses: 4 to 40 letters, digits, dot, dash or underscore. */
export const BenutzernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{4,40}$/, { message: "benutzername" });

/** The form field key of each password defect (texts in every portal language). */
const PASSWORT_FELD: Record<PasswortMangel, "passwort_kurz" | "max" | "passwort_schwach"> = {
  "passwort.zu_kurz": "passwort_kurz",
  "passwort.zu_lang": "max",
  "passwort.zu_schwach": "passwort_schwach",
};

/** A bound before the rule runs (the rule itself allows 128 characters, ADR 0021). */
export const PasswortSchema = z.string().max(1000, { message: "max" });

export const AktivierungSchema = z
  .object({
    code: z.string().trim().min(1, { message: "required" }).max(40, { message: "max" }),
    benutzername: BenutzernameSchema,
    passwort: PasswortSchema,
    passwortWiederholung: z.string(),
  })
  .superRefine((a, ctx) => {
    const mangel = pruefePasswort(a.passwort, [a.benutzername]);
    if (mangel) ctx.addIssue({ code: "custom", message: PASSWORT_FELD[mangel], path: ["passwort"] });
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
