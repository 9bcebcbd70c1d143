-- submit_signup() as before (decision 010), except that it stores the language the form was
-- made in (signups.locale, added by the previous migration): the volunteer's emails are written
-- in it. A new parameter, so the old signature goes first.
DROP FUNCTION submit_signup(TEXT, "VolunteerRole", TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT[], INTEGER,
                            TEXT[], TEXT, BOOLEAN, JSONB, TEXT[], INTEGER[], TIMESTAMPTZ, TEXT, TEXT,
                            TEXT, TEXT, INTEGER, INTEGER, TEXT);

CREATE OR REPLACE FUNCTION submit_signup(
  p_key                  TEXT,
  p_role                 "VolunteerRole",
  p_first_name           TEXT,
  p_last_name            TEXT,
  p_email                TEXT,
  p_phone                TEXT,
  p_city                 TEXT,
  p_state                TEXT,
  p_languages            TEXT[],
  p_hours_per_month      INTEGER,
  p_availability         TEXT[],
  p_organization         TEXT,
  p_needs_supervision    BOOLEAN,
  p_answers              JSONB,
  p_limit_keys           TEXT[],
  p_limit_maxes          INTEGER[],
  p_window_start         TIMESTAMPTZ(3),
  p_staff_inbox          TEXT,
  p_staff_message_id     TEXT,
  p_volunteer_message_id TEXT,
  p_email_task           TEXT,
  p_email_max_attempts   INTEGER,
  p_volunteer_email_cap  INTEGER,
  p_notice_task          TEXT,
  p_locale               TEXT
) RETURNS TABLE (outcome TEXT, signup_id UUID)
LANGUAGE plpgsql AS $$
DECLARE
  v_signup_id UUID;
  v_is_update BOOLEAN;
  v_previous  JSONB;
  v_count     INTEGER;
  v_emails    TEXT[][];
  v_delivery  UUID;
  v_deliveries UUID[] := '{}';
  v_volunteer_delivery UUID;
  i           INTEGER;
BEGIN
  -- The same form twice at once, and the same email and role twice at once, wait for each
  -- other. Always taken in this order, so two calls cannot deadlock.
  PERFORM pg_advisory_xact_lock(hashtext('signup-key:' || p_key));
  PERFORM pg_advisory_xact_lock(hashtext('signup-email:' || p_role::TEXT || ':' || p_email));

  SELECT k.signup_id INTO v_signup_id FROM submission_keys k WHERE k.key = p_key;
  IF FOUND THEN
    RETURN QUERY SELECT 'duplicate'::TEXT, v_signup_id;
    RETURN;
  END IF;

  BEGIN
    SELECT s.id, s.answers INTO v_signup_id, v_previous FROM signups s
     WHERE s.role = p_role AND s.email = p_email AND s.created_at >= now() - INTERVAL '24 hours'
     ORDER BY s.created_at DESC LIMIT 1;
    v_is_update := FOUND;

    IF v_is_update THEN
      UPDATE signups SET
        first_name = p_first_name, last_name = p_last_name, phone = p_phone, city = p_city,
        state = p_state, languages = p_languages, hours_per_month = p_hours_per_month,
        availability = p_availability, organization = p_organization,
        needs_supervision = p_needs_supervision, answers = p_answers, locale = p_locale,
        submission_count = submission_count + 1, version = version + 1, updated_at = now()
       WHERE id = v_signup_id;
    ELSE
      INSERT INTO signups (id, role, first_name, last_name, email, phone, city, state, languages,
                           hours_per_month, availability, organization, needs_supervision, answers,
                           locale, updated_at)
      VALUES (gen_random_uuid(), p_role, p_first_name, p_last_name, p_email, p_phone, p_city,
              p_state, p_languages, p_hours_per_month, p_availability, p_organization,
              p_needs_supervision, p_answers, p_locale, now())
      RETURNING id INTO v_signup_id;
    END IF;

    INSERT INTO submission_keys (key, signup_id) VALUES (p_key, v_signup_id);
    INSERT INTO signup_events (signup_id, kind, detail)
    VALUES (v_signup_id, CASE WHEN v_is_update THEN 'updated' ELSE 'submitted' END,
            CASE WHEN v_is_update THEN jsonb_build_object('previousAnswers', v_previous) END);

    -- Staff hear of every signup and update; the volunteer gets a confirmation, or on an
    -- update the notice that their signup was changed (someone else may know their address).
    v_emails := ARRAY[
      ['staff_notification', p_staff_inbox, p_staff_message_id],
      [CASE WHEN v_is_update THEN 'volunteer_changed' ELSE 'volunteer_confirmation' END,
       p_email, p_volunteer_message_id]];
    FOR i IN 1 .. array_length(v_emails, 1) LOOP
      INSERT INTO email_deliveries (id, signup_id, kind, recipient, message_id, updated_at)
      VALUES (gen_random_uuid(), v_signup_id, v_emails[i][1]::"EmailKind", v_emails[i][2],
              v_emails[i][3], now())
      RETURNING id INTO v_delivery;
      v_deliveries := v_deliveries || v_delivery;
    END LOOP;
    v_volunteer_delivery := v_delivery;
    -- graphile_worker's types are named only inside statements: they are looked up when the
    -- function runs, so this migration also applies where the queue's schema is not there yet.
    PERFORM graphile_worker.add_jobs(ARRAY(
      SELECT ROW(p_email_task, json_build_object('deliveryId', d::TEXT), NULL, NULL,
                 p_email_max_attempts, d::TEXT, NULL, NULL)::graphile_worker.job_spec
        FROM unnest(v_deliveries) AS d));

    -- Counted last, so the counter rows (one per IP: hot) stay locked only until the commit.
    -- Over a limit, everything since BEGIN is undone: the counters count stored signups.
    FOR i IN 1 .. coalesce(array_length(p_limit_keys, 1), 0) LOOP
      INSERT INTO rate_limit_counters AS c (key, window_start, count)
      VALUES (p_limit_keys[i], p_window_start, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + 1
      RETURNING c.count INTO v_count;
      IF v_count > p_limit_maxes[i] THEN
        RAISE EXCEPTION USING ERRCODE = 'PB429', MESSAGE = 'rate limited';
      END IF;
    END LOOP;

    -- The hourly cap on email to volunteers' addresses, one counter for every instance, after
    -- the limits (a refused signup counts nothing). Over it the signup is kept and staff are
    -- told as always, but the volunteer's email is held: a failed delivery staff can see and
    -- send (record page, email:retry -- --held), and the failure notice tells them.
    IF p_volunteer_email_cap IS NOT NULL THEN
      INSERT INTO rate_limit_counters AS c (key, window_start, count)
      VALUES ('volunteer-emails', date_trunc('hour', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + 1
      RETURNING c.count INTO v_count;
      IF v_count > p_volunteer_email_cap THEN
        PERFORM graphile_worker.remove_job(v_volunteer_delivery::TEXT);
        UPDATE email_deliveries SET status = 'failed', last_error = 'held: hourly cap'
         WHERE id = v_volunteer_delivery;
        PERFORM queue_failed_email_notice(p_notice_task, p_email_max_attempts);
      END IF;
    END IF;
  EXCEPTION WHEN SQLSTATE 'PB429' THEN
    RETURN QUERY SELECT 'rate_limited'::TEXT, NULL::UUID;
    RETURN;
  END;

  -- Old windows are swept now and then rather than by a scheduled job.
  IF random() < 0.01 THEN
    DELETE FROM rate_limit_counters WHERE window_start < p_window_start - INTERVAL '1 day';
  END IF;

  RETURN QUERY SELECT CASE WHEN v_is_update THEN 'updated' ELSE 'created' END, v_signup_id;
END;
$$;
