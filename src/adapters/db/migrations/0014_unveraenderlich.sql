-- Records the database itself keeps immutable (issue 10): agreed plan versions, decisions on legal
-- consequences, ended Schlichtungen and the bytes of evidence uploads. Until now only the application
-- refrained from changing them; the app role kp_app could UPDATE every column. Each table gets a BEFORE
-- UPDATE OR DELETE trigger that allows exactly the transitions the application makes and refuses
-- everything else with SQLSTATE KP001 ("Datensatz unveränderlich"). Triggers run for every role
-- (also the owner), on PostgreSQL and PGlite alike.
--
-- Allowed transitions (the complete list):
--   plan_version            draft: content, status and agreement data may change (saving, agreeing);
--                           never jobcenter, plan, person, number, author or creation time.
--                           agreed: only status 'abgestimmt' -> 'ersetzt' (with updated_at) when the
--                           next version is agreed. Replaced: nothing. Agreed or replaced: no DELETE.
--   schlichtung             running: it may be ended once (beendet_am, beendigung, ergebnis).
--                           ended: nothing. No DELETE.
--   rechtsfolgen_entscheidung  only the U25 offer date may be entered once (NULL -> date). No DELETE.
--   portal_nachweis         only 'eingegangen' -> 'gesehen' with gesehen_am (the counsellor opened it).
--                           Bytes, hash, size, type and name never change. No DELETE.
-- The receipt (portal_empfang), events and hearings have no UPDATE or DELETE grant at all.

CREATE FUNCTION kp_unveraenderlich(tabelle text, id uuid, grund text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% % ist unveränderlich: %', tabelle, id, grund
    USING ERRCODE = 'KP001', HINT = 'Vereinbarte und entschiedene Datensätze ändert niemand, auch nicht die Anwendung.';
END $$;

-- Columns compared as one jsonb: every column not named in `frei` must stay as it was. New columns are
-- protected automatically.
CREATE FUNCTION kp_nur_geaendert(alt jsonb, neu jsonb, frei text[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT (alt - frei) = (neu - frei)
$$;

CREATE OR REPLACE FUNCTION kp_plan_version_unveraenderlich() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT kp_nur_geaendert(to_jsonb(OLD), to_jsonb(NEW), ARRAY['status', 'inhalt', 'rechtsstand',
       'abgestimmt_am', 'uebergabe_kanal', 'ueberpruefung_am', 'lock_version', 'rueckdatierung_grund',
       'updated_at']) THEN
    PERFORM kp_unveraenderlich('plan_version', OLD.id, 'Zuordnung, Nummer, Verfasser und Anlagedatum stehen fest');
  END IF;
  IF OLD.status = 'entwurf' THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'abgestimmt' AND NEW.status IN ('abgestimmt', 'ersetzt')
     AND kp_nur_geaendert(to_jsonb(OLD), to_jsonb(NEW), ARRAY['status', 'updated_at']) THEN
    RETURN NEW;
  END IF;
  PERFORM kp_unveraenderlich('plan_version', OLD.id, 'die Version ist ' || OLD.status);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION kp_plan_version_nicht_loeschen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'entwurf' THEN
    PERFORM kp_unveraenderlich('plan_version', OLD.id, 'eine ' || OLD.status || 'e Version wird nicht gelöscht');
  END IF;
  RETURN OLD;
END $$;

CREATE FUNCTION kp_schlichtung_unveraenderlich() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM kp_unveraenderlich('schlichtung', OLD.id, 'eine Schlichtung wird nicht gelöscht');
  END IF;
  IF OLD.beendet_am IS NOT NULL THEN
    PERFORM kp_unveraenderlich('schlichtung', OLD.id, 'die Schlichtung ist beendet');
  END IF;
  IF NOT kp_nur_geaendert(to_jsonb(OLD), to_jsonb(NEW), ARRAY['beendet_am', 'beendigung', 'ergebnis']) THEN
    PERFORM kp_unveraenderlich('schlichtung', OLD.id, 'nur das Ende einer laufenden Schlichtung wird eingetragen');
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER schlichtung_unveraenderlich BEFORE UPDATE OR DELETE ON schlichtung
  FOR EACH ROW EXECUTE FUNCTION kp_schlichtung_unveraenderlich();

CREATE FUNCTION kp_entscheidung_unveraenderlich() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM kp_unveraenderlich('rechtsfolgen_entscheidung', OLD.id, 'eine Entscheidung wird nicht gelöscht');
  END IF;
  IF NOT (kp_nur_geaendert(to_jsonb(OLD), to_jsonb(NEW), ARRAY['u25_angebot_am'])
          AND OLD.u25_angebot_am IS NULL AND NEW.u25_angebot_am IS NOT NULL) THEN
    PERFORM kp_unveraenderlich('rechtsfolgen_entscheidung', OLD.id, 'die Entscheidung ist getroffen');
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER rechtsfolgen_entscheidung_unveraenderlich BEFORE UPDATE OR DELETE ON rechtsfolgen_entscheidung
  FOR EACH ROW EXECUTE FUNCTION kp_entscheidung_unveraenderlich();

CREATE FUNCTION kp_nachweis_unveraenderlich() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM kp_unveraenderlich('portal_nachweis', OLD.id, 'ein Nachweis wird nicht gelöscht');
  END IF;
  -- Columns named one by one (no 10 MB jsonb copy of the bytes).
  IF (NEW.id, NEW.jobcenter_id, NEW.person_id, NEW.konto_id, NEW.plan_version_id, NEW.dateiname,
      NEW.beschreibung, NEW.mime_typ, NEW.groesse, NEW.sha256, NEW.inhalt, NEW.hochgeladen_am)
     IS DISTINCT FROM (OLD.id, OLD.jobcenter_id, OLD.person_id, OLD.konto_id, OLD.plan_version_id, OLD.dateiname,
      OLD.beschreibung, OLD.mime_typ, OLD.groesse, OLD.sha256, OLD.inhalt, OLD.hochgeladen_am)
     OR NOT (OLD.status = 'eingegangen' AND NEW.status = 'gesehen' AND NEW.gesehen_am IS NOT NULL) THEN
    PERFORM kp_unveraenderlich('portal_nachweis', OLD.id, 'nur der Eingang wird vermerkt');
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER portal_nachweis_unveraenderlich BEFORE UPDATE OR DELETE ON portal_nachweis
  FOR EACH ROW EXECUTE FUNCTION kp_nachweis_unveraenderlich();

-- A new activation code for an account that was already activated is a reset (issue 10): the time is
-- kept (the person is told in the portal) and every portal session of the account ends. The counsellor
-- cannot see or delete recipient sessions under RLS, so a narrow definer function ends them, only for
-- an account of a person assigned to the calling counsellor.
ALTER TABLE portal_konto ADD COLUMN zurueckgesetzt_am timestamptz;

CREATE FUNCTION kp_portal_sitzungen_beenden(p_konto_id uuid) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE n integer;
BEGIN
  DELETE FROM portal_sitzung s
  USING portal_konto k JOIN leistungsberechtigte p ON p.id = k.person_id
  WHERE s.konto_id = p_konto_id AND k.id = s.konto_id
    AND k.jobcenter_id = kp_jobcenter() AND p.jobcenter_id = kp_jobcenter()
    AND kp_rolle() = 'integrationsfachkraft' AND p.betreuer_id = kp_user();
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
REVOKE ALL ON FUNCTION kp_portal_sitzungen_beenden(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kp_portal_sitzungen_beenden(uuid) TO kp_app;
