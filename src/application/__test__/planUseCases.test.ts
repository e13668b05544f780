import { describe, expect, it } from "vitest";
import { PlanInhaltSchema } from "../../domain/kooperationsplan/planInhalt";
import { abstimmenUndUebergeben } from "../kooperationsplan/abstimmenUndUebergeben";
import { createKooperationsplan } from "../kooperationsplan/createKooperationsplan";
import { getPlanVersion } from "../kooperationsplan/getPlanVersion";
import { saveEntwurf } from "../kooperationsplan/saveEntwurf";
import { startFortschreibung } from "../kooperationsplan/startFortschreibung";
import { buildDeps, counsellor, inMemoryRepositories, person } from "./inMemoryRepositories";

const inhalt = PlanInhaltSchema.parse({
  berufsziel: "Ich arbeite als Pflegehelferin.",
  schritte: [{ id: "s1", text: "Ich bewerbe mich bei 3 Pflegediensten.", haeufigkeit: "jede Woche" }],
});

async function agreedPlan() {
  const { repos, audit, plaene } = inMemoryRepositories([person]);
  const deps = buildDeps(repos);
  const v1 = await createKooperationsplan(deps, "p1");
  if (!v1.ok) throw new Error("setup");
  await saveEntwurf(deps, v1.value.planId, 1, inhalt, 1);
  await abstimmenUndUebergeben(deps, v1.value.planId, 1, {
    am: "2026-11-26",
    kanal: "post",
    expectedLockVersion: 2,
  });
  return { deps, audit, plaene, planId: v1.value.planId };
}

describe("plan use cases (in-memory ports)", () => {
  it("a team lead may read but not write plans", async () => {
    const { repos } = inMemoryRepositories([person]);
    const result = await createKooperationsplan(
      buildDeps(repos, { ...counsellor, rolle: "teamleitung" }),
      "p1",
    );
    expect(result).toEqual({ ok: false, error: { code: "nicht_erlaubt" } });
  });

  it("records the law in force on the day the plan is started", async () => {
    const { repos } = inMemoryRepositories([person]);
    const before = await createKooperationsplan(buildDeps(repos, counsellor, "2026-06-30"), "p1");
    expect(before.ok && before.value.rechtsstand).toBe("2023-07");
  });

  it("agreeing version 2 replaces version 1 and is audited with the channel", async () => {
    const { deps, audit, planId } = await agreedPlan();
    const v2 = await startFortschreibung(deps, planId);
    expect(v2.ok && v2.value.nummer).toBe(2);
    const changed = { ...inhalt, berufsziel: "Ich arbeite als Pflegefachhelferin." };
    await saveEntwurf(deps, planId, 2, changed, 1);
    const agreed = await abstimmenUndUebergeben(deps, planId, 2, {
      am: "2026-11-26",
      kanal: "digital",
      expectedLockVersion: 2,
    });
    expect(agreed.ok).toBe(true);
    const read = await getPlanVersion(deps, planId, 2);
    expect(read.ok && read.value.akte.versionen.map((v) => [v.nummer, v.status])).toEqual([
      [2, "abgestimmt"],
      [1, "ersetzt"],
    ]);
    expect(read.ok && read.value.aenderungen).toEqual([
      { bereich: "berufsziel", art: "geaendert", vorher: inhalt.berufsziel, nachher: changed.berufsziel },
    ]);
    expect(audit.filter((a) => a.aktion === "abstimmen").map((a) => a.details?.kanal)).toEqual([
      "post",
      "digital",
    ]);
  });

  it("an unknown plan is 'nicht_gefunden', never an exception", async () => {
    const { deps } = await agreedPlan();
    expect(await getPlanVersion(deps, "plan-x", 1)).toEqual({ ok: false, error: { code: "nicht_gefunden" } });
    expect(await startFortschreibung(deps, "plan-x")).toEqual({
      ok: false,
      error: { code: "nicht_gefunden" },
    });
  });
});
