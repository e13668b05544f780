-- Issue 12 § 2, ADR 0023: calendar subscriptions. A subscription is a secret link to a feed of
-- appointments and deadlines: of one person's current plan (kind 'person', made by the person in the
-- portal) or of a counsellor's caseload (kind 'mitarbeiter'). Only the SHA-256 of the token is stored;
-- renewing revokes the old one, revoking keeps the row (when, by whom it was used stays in the audit log).
CREATE TABLE kalender_abo (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  art text NOT NULL CHECK (art IN ('person', 'mitarbeiter')),
  person_id uuid REFERENCES leistungsberechtigte(id),
  mitarbeiter_id uuid REFERENCES mitarbeitende(id),
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  erstellt_am timestamptz NOT NULL,
  widerrufen_am timestamptz,
  CHECK ((art = 'person' AND person_id IS NOT NULL AND mitarbeiter_id IS NULL)
      OR (art = 'mitarbeiter' AND mitarbeiter_id IS NOT NULL AND person_id IS NULL)),
  CHECK (widerrufen_am IS NULL OR widerrufen_am >= erstellt_am)
);
-- At most one live subscription per person and per counsellor.
CREATE UNIQUE INDEX kalender_abo_person_aktiv ON kalender_abo (person_id)
  WHERE art = 'person' AND widerrufen_am IS NULL;
CREATE UNIQUE INDEX kalender_abo_mitarbeiter_aktiv ON kalender_abo (mitarbeiter_id)
  WHERE art = 'mitarbeiter' AND widerrufen_am IS NULL;

-- Rows are added and revoked, never deleted or changed otherwise.
GRANT SELECT, INSERT ON kalender_abo TO kp_app;
GRANT UPDATE (widerrufen_am) ON kalender_abo TO kp_app;

ALTER TABLE kalender_abo ENABLE ROW LEVEL SECURITY;
CREATE POLICY eigenes_abo_person ON kalender_abo TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte'
         AND art = 'person' AND person_id = kp_person())
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte'
         AND art = 'person' AND person_id = kp_person());
CREATE POLICY eigenes_abo_mitarbeiter ON kalender_abo TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
         AND art = 'mitarbeiter' AND mitarbeiter_id = kp_user())
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
         AND art = 'mitarbeiter' AND mitarbeiter_id = kp_user());

-- The feed has no session: the token's hash finds the live subscription and the context to read it in
-- (the person's active portal account, or the active counsellor). Nothing else is returned.
CREATE FUNCTION kp_kalender_abo(p_token_hash text)
RETURNS TABLE (id uuid, jobcenter_id uuid, art text, person_id uuid, mitarbeiter_id uuid, konto_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT a.id, a.jobcenter_id, a.art, a.person_id, a.mitarbeiter_id, k.id
  FROM kalender_abo a
  LEFT JOIN portal_konto k ON a.art = 'person' AND k.person_id = a.person_id AND k.aktiv
  LEFT JOIN mitarbeitende m ON a.art = 'mitarbeiter' AND m.id = a.mitarbeiter_id
  WHERE a.token_hash = p_token_hash AND a.widerrufen_am IS NULL
    AND ((a.art = 'person' AND k.id IS NOT NULL)
      OR (a.art = 'mitarbeiter' AND m.aktiv AND m.rolle = 'integrationsfachkraft'))
$$;
REVOKE ALL ON FUNCTION kp_kalender_abo(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kp_kalender_abo(text) TO kp_app;
