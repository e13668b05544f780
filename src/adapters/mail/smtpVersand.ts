import nodemailer from "nodemailer";
import type { MailTexte, MailVersand } from "../../application/erinnerung/ports";
import { textFor } from "../../web/portal/translations";
import { de } from "../../web/translations/de";

/** Sends over SMTP (`SMTP_URL`, e.g. `smtp://user:pass@mail.example:587`); plain text, one recipient. */
export function smtpVersand(smtpUrl: string, von: string): MailVersand & { close(): void } {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    // Well inside the runner's lease (ADR 0024), so a slow send never overlaps a retry.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 30_000,
  });
  return {
    async senden(mail) {
      await transport.sendMail({
        from: von,
        to: mail.an,
        subject: mail.betreff,
        text: mail.text,
        messageId: mail.messageId,
      });
    },
    close: () => transport.close(),
  };
}

/** The domain of `MAIL_FROM` (`Name <x@domain>` or `x@domain`), for the Message-IDs. */
export function mailDomain(von: string): string {
  return /@([^>\s]+)>?\s*$/.exec(von)?.[1] ?? "kooperationsplan.invalid";
}

/**
 * The texts (data minimisation, issue 12 § 2): to a recipient only the fixed sentence in their
 * language and the portal link; to a counsellor the inbox line, the BG number at most, and /eingang.
 */
export function mailTexte(basisUrl: string): MailTexte {
  const basis = basisUrl.replace(/\/+$/, "");
  return (_auftrag, adressat) => {
    if (adressat.art === "person") {
      const t = textFor(adressat.sprache).erinnerung;
      return {
        an: adressat.email,
        betreff: t.betreff,
        text: `${t.betreff}.\n\n${t.link}\n${basis}/portal\n`,
      };
    }
    const t = de.erinnerung;
    const bg = adressat.bgNummer ? `${t.bedarfsgemeinschaft(adressat.bgNummer)}\n` : "";
    return {
      an: adressat.email,
      betreff: t.betreff,
      text: `${t.text}\n${bg}\n${t.link}\n${basis}/eingang\n`,
    };
  };
}
