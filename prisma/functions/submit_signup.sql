-- submit_signup(p): stores a signup and queues its emails in one statement, so one transaction
-- (decision 005). Its only caller is lib/signup/submit-signup.ts, which builds `p`:
--
--   key                 the form's idempotency key
--   columns             {column name: value}: every column signup-columns.ts fills (role and
--                       email among them), stored by name, so a new filterable column needs no
--                       edit here (README, "Adding a question")
--   answers, locale     every answer as given; the language of the form
--   origin              {came_from_page, came_from_source, came_from_campaign}: where the visit
--                       came from (lib/attribution/signup-origin.ts), stored on a new signup only
--   limits, window_start  [{key, max}]: signups allowed per counter in the window starting then
--   staff_inbox, staff_message_id, volunteer_message_id, email_task, email_max_attempts,
--   volunteer_email_cap (null: no cap), notice_task
--   proposal_id, proposal_token_hash   used when the email and role have a signup already: the
--                       answers wait in signup_proposals for the link emailed to that address
--                       (decision 030); the signup itself is not touched
--
-- This file is the function: it is applied after every migrate when its text changed, the old
-- function (any signature) dropped first in the same transaction (lib/db/sql-functions.ts,
-- decision 026). Change it here; never in a migration.
CREATE OR REPLACE FUNCTION submit_signup(p JSONB) RETURNS TABLE (outcome TEXT, signup_id UUID)
LANGUAGE plpgsql AS $$
DECLARE
  v_key       TEXT := p->>'key';
  v_columns   JSONB := p->'columns';
  v_role      "VolunteerRole" := (p->'columns'->>'role')::"VolunteerRole";
  v_email     TEXT := p->'columns'->>'email';
  v_answers   JSONB := p->'answers';
  v_locale    TEXT := p->>'locale';
  v_window_start TIMESTAMPTZ(3) := (p->>'window_start')::TIMESTAMPTZ;
  v_email_max_attempts INTEGER := (p->>'email_max_attempts')::INTEGER;
  v_new_columns JSONB := p->'columns' || COALESCE(p->'origin', '{}'::JSONB);
  v_names     TEXT;
  v_values    TEXT;
  v_signup_id UUID;
  v_is_proposal BOOLEAN;
  v_count     INTEGER;
  v_emails    TEXT[][];
  v_delivery  UUID;
  v_deliveries UUID[] := '{}';
  v_volunteer_delivery UUID;
  v_limit     RECORD;
  i           INTEGER;
BEGIN
  -- The same form twice at once, and the same email and role twice at once, wait for each
  -- other. Always taken in this order, so two calls cannot deadlock.
  PERFORM pg_advisory_xact_lock(hashtext('signup-key:' || v_key));
  PERFORM pg_advisory_xact_lock(hashtext('signup-email:' || v_role::TEXT || ':' || v_email));

  SELECT k.signup_id INTO v_signup_id FROM submission_keys k WHERE k.key = v_key;
  IF FOUND THEN
    RETURN QUERY SELECT 'duplicate'::TEXT, v_signup_id;
    RETURN;
  END IF;

  -- A new signup's columns by name (with where its visit came from), typed by the table itself
  -- (jsonb_populate_record), quoted as identifiers: "first_name", … and r."first_name", ….
  SELECT string_agg(format('%I', c), ', '), string_agg(format('r.%I', c), ', ')
    INTO v_names, v_values FROM jsonb_object_keys(v_new_columns) AS c;

  BEGIN
    -- Any signup of this email and role that is not anonymised, however old: posting the form
    -- again never changes it, it proposes new answers to the address (decision 030).
    SELECT s.id INTO v_signup_id FROM signups s
     WHERE s.role = v_role AND s.email = v_email AND s.anonymized_at IS NULL
     ORDER BY s.created_at DESC LIMIT 1;
    v_is_proposal := FOUND;

    IF v_is_proposal THEN
      INSERT INTO email_deliveries (id, signup_id, kind, recipient, message_id, updated_at)
      VALUES (gen_random_uuid(), v_signup_id, 'volunteer_proposal', v_email,
              p->>'volunteer_message_id', now())
      RETURNING id INTO v_delivery;
      v_deliveries := ARRAY[v_delivery];
      -- A newer proposal takes the place of an older one still waiting: its link says so.
      UPDATE signup_proposals pr SET replaced_at = now()
       WHERE pr.signup_id = v_signup_id AND pr.applied_at IS NULL AND pr.replaced_at IS NULL;
      INSERT INTO signup_proposals (id, signup_id, answers, columns, locale, token_hash, delivery_id,
                                    expires_at)
      VALUES ((p->>'proposal_id')::UUID, v_signup_id, v_answers, v_columns, v_locale,
              p->>'proposal_token_hash', v_delivery, now() + INTERVAL '7 days');
      INSERT INTO submission_keys (key, signup_id) VALUES (v_key, v_signup_id);
      INSERT INTO signup_events (signup_id, kind, detail)
      VALUES (v_signup_id, 'update_proposed', jsonb_build_object('proposalId', p->>'proposal_id'));
    ELSE
      EXECUTE format(
        'INSERT INTO signups (id, %s, answers, locale, updated_at)
         SELECT gen_random_uuid(), %s, $2, $3, now() FROM jsonb_populate_record(NULL::signups, $1) r
         RETURNING id', v_names, v_values)
        INTO v_signup_id USING v_new_columns, v_answers, v_locale;
      INSERT INTO submission_keys (key, signup_id) VALUES (v_key, v_signup_id);
      INSERT INTO signup_events (signup_id, kind) VALUES (v_signup_id, 'submitted');

      -- Staff hear of every signup; the volunteer gets a confirmation.
      v_emails := ARRAY[
        ['staff_notification', p->>'staff_inbox', p->>'staff_message_id'],
        ['volunteer_confirmation', v_email, p->>'volunteer_message_id']];
      FOR i IN 1 .. array_length(v_emails, 1) LOOP
        INSERT INTO email_deliveries (id, signup_id, kind, recipient, message_id, updated_at)
        VALUES (gen_random_uuid(), v_signup_id, v_emails[i][1]::"EmailKind", v_emails[i][2],
                v_emails[i][3], now())
        RETURNING id INTO v_delivery;
        v_deliveries := v_deliveries || v_delivery;
      END LOOP;
    END IF;
    v_volunteer_delivery := v_delivery;
    -- graphile_worker's types are named only inside statements: they are looked up when the
    -- function runs, so it can be created before the queue's schema exists.
    PERFORM graphile_worker.add_jobs(ARRAY(
      SELECT ROW(p->>'email_task', json_build_object('deliveryId', d::TEXT), NULL, NULL,
                 v_email_max_attempts, d::TEXT, NULL, NULL)::graphile_worker.job_spec
        FROM unnest(v_deliveries) AS d));

    -- Counted last, so the counter rows (one per IP: hot) stay locked only until the commit.
    -- Over a limit, everything since BEGIN is undone: the counters count stored signups.
    FOR v_limit IN SELECT * FROM jsonb_to_recordset(p->'limits') AS l(key TEXT, max INTEGER) LOOP
      INSERT INTO rate_limit_counters AS c (key, window_start, count)
      VALUES (v_limit.key, v_window_start, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + 1
      RETURNING c.count INTO v_count;
      IF v_count > v_limit.max THEN
        RAISE EXCEPTION USING ERRCODE = 'PB429', MESSAGE = 'rate limited';
      END IF;
    END LOOP;

    -- The hourly cap on email to volunteers' addresses (confirmations and proposals alike), one
    -- counter for every instance, after the limits (a refused signup counts nothing). Over it the signup is kept and staff are
    -- told as always, but the volunteer's email is held: a failed delivery staff can see and
    -- send (record page, email:retry -- --held), and the failure notice tells them.
    IF p->>'volunteer_email_cap' IS NOT NULL THEN
      INSERT INTO rate_limit_counters AS c (key, window_start, count)
      VALUES ('volunteer-emails', date_trunc('hour', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + 1
      RETURNING c.count INTO v_count;
      IF v_count > (p->>'volunteer_email_cap')::INTEGER THEN
        PERFORM graphile_worker.remove_job(v_volunteer_delivery::TEXT);
        UPDATE email_deliveries SET status = 'failed', last_error = 'held: hourly cap'
         WHERE id = v_volunteer_delivery;
        PERFORM queue_failed_email_notice(p->>'notice_task', v_email_max_attempts);
      END IF;
    END IF;
  EXCEPTION WHEN SQLSTATE 'PB429' THEN
    RETURN QUERY SELECT 'rate_limited'::TEXT, NULL::UUID;
    RETURN;
  END;

  -- Old windows are swept now and then rather than by a scheduled job.
  IF random() < 0.01 THEN
    DELETE FROM rate_limit_counters WHERE window_start < v_window_start - INTERVAL '1 day';
  END IF;

  RETURN QUERY SELECT CASE WHEN v_is_proposal THEN 'proposed' ELSE 'created' END, v_signup_id;
END;
$$;
