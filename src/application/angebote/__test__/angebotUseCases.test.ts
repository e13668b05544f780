import { describe, expect, it } from "vitest";
import type { Potenzialanalyse } from "../../../domain/potenzialanalyse/potenzialanalyse";
import { buildDeps, counsellor, inMemoryRepositories, person } from "../../__test__/inMemoryRepositories";
import type { Actor } from "../../ports";
import { getAssistentKontext } from "../getAssistentKontext";
import { saveAngebot } from "../saveAngebot";

const teamleitung: Actor = { ...counsellor, userId: "tl", rolle: "teamleitung" };
const pa = (
  datum: string,
  sprachniveauDeutsch: Potenzialanalyse["sprachniveauDeutsch"],
): Potenzialanalyse => ({
  id: `pa-${datum}`,
  personId: "p1",
  datum,
  staerken: "",
  qualifikationen: "",
  berufserfahrung: "",
  sprachniveauDeutsch,
  gesundheitlicheEinschraenkung: true,
  gesundheitHinweis: "",
  weitereUmstaende: "",
  erstelltAm: "",
});
const input = {
  typ: "coaching" as const,
  titel: "Coaching",
  bereiche: [],
  restbudgetCent: 100_000,
  kostenProFallCent: null,
  aktiv: true,
};

describe("getAssistentKontext", () => {
  const withPa = () => {
    const { repos, audit } = inMemoryRepositories([person]);
    repos.potenzialanalysen.list = async () => [pa("2026-01-10", "B2"), pa("2026-09-01", "A2")];
    return { repos, audit };
  };

  it("uses the latest Potenzialanalyse and audits the read of the health flag", async () => {
    const { repos, audit } = withPa();
    const result = await getAssistentKontext(buildDeps(repos), "p1");
    expect(result.ok && result.value.potenzialanalyse).toEqual({
      sprachniveauDeutsch: "A2",
      gesundheitlicheEinschraenkung: true,
    });
    expect(audit).toContainEqual(expect.objectContaining({ aktion: "lesen", objekt: "potenzialanalyse" }));
  });

  it("withholds the health flag from a team lead", async () => {
    const { repos } = withPa();
    const result = await getAssistentKontext(buildDeps(repos, teamleitung), "p1");
    expect(result.ok && result.value.potenzialanalyse?.gesundheitlicheEinschraenkung).toBe(false);
  });

  it("withholds the health flag from a counsellor who is not responsible for the person", async () => {
    const { repos } = withPa();
    const kollegin: Actor = { ...counsellor, userId: "u2" };
    const result = await getAssistentKontext(buildDeps(repos, kollegin), "p1");
    expect(result.ok && result.value.potenzialanalyse?.gesundheitlicheEinschraenkung).toBe(false);
  });
});

describe("saveAngebot", () => {
  it("lets a team lead add and change an offer, audited with the budget before and after", async () => {
    const { repos, audit } = inMemoryRepositories();
    const deps = buildDeps(repos, teamleitung);
    const neu = await saveAngebot(deps, null, input);
    expect(neu.ok).toBe(true);
    const id = neu.ok ? neu.value.id : "";
    expect((await saveAngebot(deps, id, { ...input, restbudgetCent: 0 })).ok).toBe(true);
    expect(audit.at(-1)).toMatchObject({
      aktion: "aendern",
      objekt: "angebot",
      details: { vorher: { restbudgetCent: 100_000 }, nachher: { restbudgetCent: 0 } },
    });
  });

  it("refuses counsellors and unknown offers", async () => {
    const { repos } = inMemoryRepositories();
    expect(await saveAngebot(buildDeps(repos), null, input)).toEqual({
      ok: false,
      error: { code: "nicht_erlaubt" },
    });
    const tl = buildDeps(repos, teamleitung);
    expect(await saveAngebot(tl, "fehlt", input)).toEqual({ ok: false, error: { code: "nicht_gefunden" } });
  });
});
