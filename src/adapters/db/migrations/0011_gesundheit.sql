-- Health data of the Potenzialanalyse (Art. 9 DSGVO) only for the person's responsible counsellor.
-- Row-level security decides which rows a role sees, not which columns; the team lead sees the
-- person's Potenzialanalyse, so the two health columns are closed to kp_app by column privileges and
-- read through one narrow definer function that checks who may see them. Writing stays as before
-- (INSERT by the responsible counsellor, under the need_to_know policy).

REVOKE SELECT ON potenzialanalyse FROM kp_app;
GRANT SELECT (id, jobcenter_id, person_id, datum, staerken, qualifikationen, berufserfahrung,
              sprachniveau_deutsch, weitere_umstaende, erstellt_von, created_at)
  ON potenzialanalyse TO kp_app;

-- The one place in the database that says who sees a person's health data (application:
-- darfGesundheitSehen in src/application/policies.ts). A substitute (Vertretung), once it exists,
-- is added here and there.
CREATE FUNCTION kp_darf_gesundheit(p_person uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT kp_rolle() = 'integrationsfachkraft' AND EXISTS (
    SELECT 1 FROM leistungsberechtigte p
    WHERE p.id = p_person AND p.jobcenter_id = kp_jobcenter() AND p.betreuer_id = kp_user())
$$;

CREATE FUNCTION kp_potenzialanalyse_gesundheit(p_person uuid)
RETURNS TABLE (id uuid, gesundheitliche_einschraenkung boolean, gesundheit_hinweis text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT pa.id, pa.gesundheitliche_einschraenkung, pa.gesundheit_hinweis
  FROM potenzialanalyse pa
  WHERE pa.person_id = p_person AND pa.jobcenter_id = kp_jobcenter() AND kp_darf_gesundheit(p_person)
$$;

REVOKE ALL ON FUNCTION kp_darf_gesundheit(uuid), kp_potenzialanalyse_gesundheit(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kp_darf_gesundheit(uuid), kp_potenzialanalyse_gesundheit(uuid) TO kp_app;
