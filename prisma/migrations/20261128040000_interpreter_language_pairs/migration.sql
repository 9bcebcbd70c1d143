-- Interpreters now name language pairs (two languages and the directions they work in between
-- them; English need not be one) instead of ticking "into English" or "out of English" on each
-- language. Each old language row with a direction becomes a pair with English, in the same
-- order; the row keeps its name, variety and proficiency. Signups already in the new shape
-- (they have "pairs") are left alone, so this is safe to run on any copy.
UPDATE signups AS s
   SET answers = jsonb_set(
         s.answers,
         '{languages}',
         (SELECT coalesce(jsonb_agg(l - 'intoEnglish' - 'outOfEnglish' ORDER BY i), '[]'::jsonb)
            FROM jsonb_array_elements(s.answers -> 'languages') WITH ORDINALITY AS t(l, i))
       ) || jsonb_build_object(
         'pairs',
         (SELECT coalesce(
                   jsonb_agg(
                     jsonb_build_object(
                       'languageA', l ->> 'name',
                       'languageB', 'English',
                       'directions', to_jsonb(array_remove(ARRAY[
                         CASE WHEN (l ->> 'intoEnglish')::boolean THEN 'a_to_b' END,
                         CASE WHEN (l ->> 'outOfEnglish')::boolean THEN 'b_to_a' END
                       ], NULL)))
                     ORDER BY i),
                   '[]'::jsonb)
            FROM jsonb_array_elements(s.answers -> 'languages') WITH ORDINALITY AS t(l, i)
           WHERE lower(l ->> 'name') <> 'english'
             AND (coalesce((l ->> 'intoEnglish')::boolean, false)
                  OR coalesce((l ->> 'outOfEnglish')::boolean, false)))),
       -- Staff filtering by language finds a person under either language of a pair.
       languages = CASE WHEN 'english' = ANY (s.languages) THEN s.languages
                        ELSE s.languages || ARRAY['english'] END
 WHERE s.role = 'interpreter'
   AND NOT (s.answers ? 'pairs');
