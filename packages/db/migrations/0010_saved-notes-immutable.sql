-- Saved notes are never changed or deleted (an edit is a new version); only drafts, private to their author, are.
CREATE OR REPLACE FUNCTION waymark_refuse_saved_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.is_draft THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.is_draft THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'saved notes are kept as written: % is not allowed; save an edit as a new version', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER notes_saved_immutable
  BEFORE UPDATE OR DELETE ON "notes"
  FOR EACH ROW EXECUTE FUNCTION waymark_refuse_saved_note_change();
