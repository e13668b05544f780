-- Issue 5: under the old law a recipient may ask for a Schlichtungsverfahren (§ 15a a. F.) in the portal.
-- The request is kept as a proposal of its own kind; the counsellor starts the Schlichtung from it.
ALTER TABLE portal_vorschlag DROP CONSTRAINT portal_vorschlag_art_check;
ALTER TABLE portal_vorschlag ADD CONSTRAINT portal_vorschlag_art_check
  CHECK (art IN ('schritt', 'ziel', 'kommentar', 'schlichtung'));
