import { describe, expect, it } from "vitest";
import { entwurfSpeichern } from "../entwurfSpeichern";
import { fortschreibungsInhalt, nextVersionNummer } from "../fortschreiben";
import { buildPlanVersion } from "./buildPlanVersion";

describe("entwurfSpeichern", () => {
  it("replaces the content of a draft and increments the lock version", () => {
    const v = buildPlanVersion();
    const result = entwurfSpeichern(v, { ...v.inhalt, berufsziel: "Ich arbeite als Bäcker." }, 3);
    expect(result).toMatchObject({
      ok: true,
      value: { lockVersion: 4, inhalt: { berufsziel: "Ich arbeite als Bäcker." } },
    });
  });

  it("never changes an agreed version and detects a stale save", () => {
    const v = buildPlanVersion();
    expect(entwurfSpeichern(buildPlanVersion({ status: "abgestimmt" }), v.inhalt, 3)).toMatchObject({
      ok: false,
      error: { code: "plan.nicht_entwurf" },
    });
    expect(entwurfSpeichern(v, v.inhalt, 2)).toMatchObject({ ok: false, error: { code: "plan.konflikt" } });
  });
});

describe("Fortschreibung (§ 15 Abs. 3 Satz 2 SGB II)", () => {
  it("carries the agreed content over with the same item ids, as a copy", () => {
    const agreed = buildPlanVersion({ status: "abgestimmt" });
    const result = fortschreibungsInhalt([
      agreed,
      buildPlanVersion({ id: "v0", nummer: 0, status: "ersetzt" }),
    ]);
    expect(result.ok && result.value).toEqual(agreed.inhalt);
    expect(result.ok && result.value).not.toBe(agreed.inhalt);
    expect(nextVersionNummer([agreed, buildPlanVersion({ nummer: 4, status: "ersetzt" })])).toBe(5);
  });

  it("refuses while a draft exists or when nothing was agreed yet", () => {
    expect(
      fortschreibungsInhalt([buildPlanVersion({ status: "abgestimmt" }), buildPlanVersion({ nummer: 2 })]),
    ).toMatchObject({ ok: false, error: { code: "plan.entwurf_existiert" } });
    expect(fortschreibungsInhalt([buildPlanVersion({ status: "ersetzt" })])).toMatchObject({
      ok: false,
      error: { code: "plan.kein_abgestimmter_plan" },
    });
  });
});
