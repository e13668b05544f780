import { describe, expect, it } from "vitest";
import { type Area, type EntryKind } from "../areas";
import { codeEntry } from "../codeEntry";

const area = (kind: EntryKind, text: string): Area => codeEntry({ kind, text }).area;

describe("area of goals and steps", () => {
  it.each<[string, Area]>([
    ["Ich schicke Initiativbewerbungen an Autowerkstätten.", "arbeit"],
    ["Aufnahme einer Teilzeitbeschäftigung im Einzelhandel", "arbeit"],
    ["Ich gründe ein Gewerbe als Fliesenleger.", "arbeit"],
    ["Bewerbungen schreiben, obwohl die Gesundheit eingeschränkt ist.", "arbeit"],
    ["Abschluss der Ausbildung zur Kauffrau für Büromanagement", "qualifizierung"],
    ["Ich mache den Staplerschein.", "qualifizierung"],
    ["Anerkennung des Berufsabschlusses aus der Ukraine", "qualifizierung"],
    ["Ich gehe zum Orthopäden wegen meiner Rückenschmerzen.", "gesundheit"],
    ["Teilnahme an einer Entwöhnungsbehandlung", "gesundheit"],
    ["Die Reha in der Klinik antreten.", "gesundheit"],
    ["Ich stelle einen Reha-Antrag bei der Rentenversicherung.", "erwerbsfaehigkeit"],
    ["Ich gebe die Schweigepflichtentbindung für den ÄD ab.", "erwerbsfaehigkeit"],
    ["Antrag auf Erwerbsminderungsrente stellen", "erwerbsfaehigkeit"],
    ["Ich besuche den Berufssprachkurs, um im Beruf besser Deutsch zu sprechen.", "sprache"],
    ["Ich lerne für die B2-Prüfung.", "sprache"],
    ["Ich suche eine Kita für meine Tochter, damit ich arbeiten kann.", "familie_persoenliches"],
    ["Ich gehe zur Suchtberatung.", "familie_persoenliches"],
    ["Ich kümmere mich um meine Mietschulden.", "familie_persoenliches"],
  ])("ziel/schritt: %s → %s", (text, expected) => {
    expect(area("schritt", text)).toBe(expected);
  });

  it("tolerates one typo in a word", () => {
    expect(area("schritt", "Ich suche eine kleinere Wonung.")).toBe("familie_persoenliches");
  });

  it("does not take a one-letter difference in short words as a typo", () => {
    expect(area("schritt", "Ich spreche mit Ihnen über Möglichkeiten.")).toBe("arbeit");
  });

  it("falls back to arbeit without any keyword", () => {
    expect(area("ziel", "Das klappt schon.")).toBe("arbeit");
  });

  it("does not take 'Agentur für Arbeit' or the verb 'stellen' as work", () => {
    expect(area("schritt", "Antrag auf Gleichstellung bei der Agentur für Arbeit stellen")).toBe(
      "erwerbsfaehigkeit",
    );
  });
});

describe("area of the jobcentre's support", () => {
  it.each<[string, Area]>([
    ["Wir führen regelmäßig Gespräche über Ihre berufliche Zukunft.", "beratung"],
    ["Das Jobcenter unterstützt Sie bei der Arbeitssuche.", "beratung"],
    ["Sie erhalten Vermittlungsvorschläge für Stellen im Lager.", "vermittlung"],
    ["Der Arbeitgeberservice stellt Sie bei Firmen vor.", "vermittlung"],
    ["Ausgabe eines AVGS für ein Bewerbungscoaching", "foerderung"],
    ["Übernahme der Bewerbungskosten", "foerderung"],
    ["Das Jobcenter prüft die Förderung einer Umschulung.", "foerderung"],
    ["Vermittlung an die Schuldnerberatung nach § 16a SGB II", "vermittlung_an_dienste"],
    ["Kontakt zum Integrationsfachdienst herstellen", "vermittlung_an_dienste"],
    ["Einschaltung des Psychologischen Dienstes", "pruefung"],
    ["Wir lassen prüfen, ob ein Reha-Bedarf besteht.", "pruefung"],
  ])("unterstuetzung: %s → %s", (text, expected) => {
    expect(area("unterstuetzung", text)).toBe(expected);
  });

  it("never returns a goal area for support", () => {
    expect(area("unterstuetzung", "Sie kümmern sich um Ihre Gesundheit.")).toBe("beratung");
  });
});
