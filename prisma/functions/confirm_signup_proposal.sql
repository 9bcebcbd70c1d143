-- confirm_signup_proposal(p_token_hash): applies the proposal the volunteer confirmed from the
-- link emailed to their address (decision 030), in one statement, so one transaction. Its only
-- caller is lib/signup/signup-proposals.ts. It writes what the 24-hour resubmission used to: the
-- answers, the columns and the language, one more submission and version, and an 'updated'
-- event keeping the answers it replaced (the history's "what changed"), by the volunteer.
--
-- outcome: 'applied', or why nothing changed: 'unknown', 'used', 'replaced', 'expired'.
--
-- Applied after every migrate like submit_signup.sql (decision 026). Change it here.
CREATE OR REPLACE FUNCTION confirm_signup_proposal(p_token_hash TEXT)
RETURNS TABLE (outcome TEXT, signup_id UUID)
LANGUAGE plpgsql AS $$
DECLARE
  v_proposal  signup_proposals%ROWTYPE;
  v_names     TEXT;
  v_values    TEXT;
  v_previous  JSONB;
BEGIN
  -- The row lock makes a second click wait, then find it used; a newer post replacing it waits
  -- for this one to finish.
  SELECT * INTO v_proposal FROM signup_proposals pr WHERE pr.token_hash = p_token_hash FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'unknown'::TEXT, NULL::UUID;
    RETURN;
  END IF;
  IF v_proposal.applied_at IS NOT NULL THEN
    RETURN QUERY SELECT 'used'::TEXT, v_proposal.signup_id;
    RETURN;
  END IF;
  IF v_proposal.replaced_at IS NOT NULL THEN
    RETURN QUERY SELECT 'replaced'::TEXT, v_proposal.signup_id;
    RETURN;
  END IF;
  IF v_proposal.expires_at <= now() THEN
    RETURN QUERY SELECT 'expired'::TEXT, v_proposal.signup_id;
    RETURN;
  END IF;

  SELECT s.answers INTO v_previous FROM signups s
   WHERE s.id = v_proposal.signup_id AND s.anonymized_at IS NULL FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'unknown'::TEXT, NULL::UUID;
    RETURN;
  END IF;

  -- The columns by name, as submit_signup builds them: quoted identifiers, typed by the table.
  SELECT string_agg(format('%I', c), ', '), string_agg(format('r.%I', c), ', ')
    INTO v_names, v_values FROM jsonb_object_keys(v_proposal.columns) AS c;
  EXECUTE format(
    'UPDATE signups s SET (%s, answers, locale, submission_count, version, updated_at) =
       (SELECT %s, $2, $3, s.submission_count + 1, s.version + 1, now()
          FROM jsonb_populate_record(NULL::signups, $1) r)
      WHERE s.id = $4', v_names, v_values)
    USING v_proposal.columns, v_proposal.answers, v_proposal.locale, v_proposal.signup_id;

  INSERT INTO signup_events (signup_id, kind, detail)
  VALUES (v_proposal.signup_id, 'updated',
          jsonb_build_object('previousAnswers', v_previous, 'proposalId', v_proposal.id::TEXT));
  UPDATE signup_proposals pr SET applied_at = now() WHERE pr.id = v_proposal.id;

  RETURN QUERY SELECT 'applied'::TEXT, v_proposal.signup_id;
END;
$$;
