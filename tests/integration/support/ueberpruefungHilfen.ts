import { setHeute, vereinbarePlan, type VereinbarterPlan } from "./rechtsfolgenFaelle";
import { login, type Client, type TestApp } from "./testApp";

/**
 * A plan due for review: agreed on 26.11.2026 (deadlines 31.01.2027, 15.12.2026, 10.02.2027), the clock
 * then on 20.05.2027 with a fresh counsellor session (the first one has expired by then).
 */
export async function planZurUeberpruefung(
  t: TestApp,
  nummer: number,
): Promise<{ plan: VereinbarterPlan; ifk: Client }> {
  setHeute(t, "2026-11-26");
  const plan = await vereinbarePlan(t, await login(t.app, "ifk_a1"), "2026-11-26", nummer);
  setHeute(t, "2027-05-20");
  return { plan, ifk: await login(t.app, "ifk_a1") };
}

/** A plan version as the API returns it (the caller names the fields it reads). */
export async function versionLesen<V>(ifk: Client, planId: string, nummer: number): Promise<V> {
  return (await ifk.get(`/api/v1/kooperationsplaene/${planId}/versionen/${nummer}`)).json().version as V;
}
