"use client";

import { useActionState, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { keptOriginFields } from "@/lib/attribution/origin-fields";
import type { Messages } from "@/lib/messages/en";
import { plural } from "@/lib/messages/plural";
import { fieldErrorsFrom, formDataToValues } from "@/lib/signup/form-data";
import { rowCounts, type SignupFormState } from "@/lib/signup/form-state";
import type { QuestionView, QuestionViews } from "@/lib/signup/form-view";
import type { Role } from "@/lib/signup/options";
import type { SectionKey } from "@/lib/signup/questions";
import { FormContext, fieldIds, type FormApi } from "./form-context";
import { QuestionField } from "./question-field";
import { SubmitButton } from "./submit-button";

type SignupFormProps = {
  role: Role;
  /** The form's questions without their schemas (see lib/signup/form-view.ts). */
  questions: QuestionViews;
  /** The page's language: the server answers in it. */
  locale: string;
  /** The server action, handed down by the page: components never import from app/. */
  action(previous: SignupFormState, formData: FormData): Promise<SignupFormState>;
  initialState: SignupFormState;
  /** The form's words in the page's language. */
  messages: Messages["forms"];
  /**
   * Where the visit that opened the form came from (lib/attribution/signup-origin.ts), sent in
   * hidden fields; what the server answered with (a form shown again) keeps its own.
   */
  cameFrom?: Record<string, string>;
  /** The same form changing answers already sent (a volunteer's own page): its button, its fields. */
  variant?: {
    submitLabel: string;
    pendingLabel: string;
    /** Fields shown but not changed (the address). */
    readOnly: string[];
    /** More fields the action reads (the signup's id). */
    hidden: Record<string, string>;
  };
};

// The schemas (zod and all three forms' rules) load on the first focus in the form, not with
// the page: a phone that opens a shared link pays nothing for them until the person starts,
// and the server checks every answer again anyway.
type FormSchemas = typeof import("@/lib/signup/forms");
const loadSchemas = (): Promise<FormSchemas> => import("@/lib/signup/forms");

function validate(
  schemas: FormSchemas,
  role: Role,
  form: HTMLFormElement,
  messages: Messages["forms"],
  locale: string,
): Record<string, string> {
  const values = formDataToValues(new FormData(form).entries());
  const result = schemas.signupForm(role).schema.safeParse(values);
  return result.success ? {} : fieldErrorsFrom(result.error.issues, messages.errors, locale);
}

/** The form's questions in runs that share a section, each run one card. */
function sections(questions: QuestionViews): { section: SectionKey; questions: [string, QuestionView][] }[] {
  const runs: { section: SectionKey; questions: [string, QuestionView][] }[] = [];
  for (const entry of Object.entries(questions)) {
    const section = entry[1].section ?? "more";
    if (runs.at(-1)?.section !== section) runs.push({ section, questions: [] });
    runs.at(-1)!.questions.push(entry);
  }
  return runs;
}

/** Errors in the order their fields appear on the page. */
function firstInOrder(form: HTMLFormElement, errors: Record<string, string>): string | undefined {
  const names = Object.keys(errors);
  const elements = Array.from(form.querySelectorAll<HTMLElement>("[name], fieldset[id]"));
  const order = (name: string) => {
    const index = elements.findIndex((el) => el.getAttribute("name") === name || el.id === fieldIds(name).id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return names.sort((a, b) => order(a) - order(b))[0];
}

export function SignupForm({
  role,
  questions,
  locale,
  action,
  initialState,
  messages,
  cameFrom,
  variant,
}: SignupFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const touched = useRef(new Set<string>());
  const [addedRows, setAddedRows] = useState<Record<string, number>>({});
  const [seenVersion, setSeenVersion] = useState(state.version);
  const schemas = useRef<FormSchemas | null>(null);
  // Set when the schemas could not be loaded: the form then posts as it would without JavaScript.
  const serverChecksOnly = useRef(false);

  // A new answer from the server replaces what the browser had worked out.
  if (seenVersion !== state.version) {
    setSeenVersion(state.version);
    setClientErrors(null);
  }
  const errors = clientErrors ?? state.fieldErrors;
  const firstServerError = state.status === "invalid" ? Object.keys(state.fieldErrors)[0] : undefined;

  useEffect(() => {
    if (state.status === "invalid" && formRef.current) {
      const first = firstInOrder(formRef.current, state.fieldErrors);
      if (first) focusField(formRef.current, first);
    } else if (state.status !== "idle" && state.status !== "added_row") {
      document.getElementById("form-message")?.focus();
    }
  }, [state]);

  const schemasLoaded = useCallback(async (): Promise<FormSchemas> => {
    schemas.current ??= await loadSchemas();
    return schemas.current;
  }, []);

  const onBlur = useCallback(
    (name: string) => {
      touched.current.add(name);
      schemasLoaded()
        .then((loaded) => {
          if (!formRef.current) return;
          const all = validate(loaded, role, formRef.current, messages, locale);
          const shown = Object.fromEntries(
            Object.entries(all).filter(([key]) => touched.current.has(key) || key.startsWith(`${name}.`)),
          );
          setClientErrors(shown);
        })
        // Not loaded (offline for a moment): the server checks the answers on submit.
        .catch(() => {});
    },
    [role, messages, locale, schemasLoaded],
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name === "intent" || serverChecksOnly.current) return;
    if (!schemas.current) {
      // Submitted before the schemas arrived: check once they have, then submit again.
      event.preventDefault();
      schemasLoaded()
        .catch(() => {
          serverChecksOnly.current = true;
        })
        .finally(() => form.requestSubmit(submitter));
      return;
    }
    const all = validate(schemas.current, role, form, messages, locale);
    if (Object.keys(all).length === 0) return;
    event.preventDefault();
    setClientErrors(all);
    touched.current = new Set(Object.keys(all));
    const first = firstInOrder(form, all);
    if (first) requestAnimationFrame(() => focusField(form, first));
  }

  const readOnlyNames = variant?.readOnly.join(" ");
  const readOnly = useMemo(() => new Set(readOnlyNames?.split(" ") ?? []), [readOnlyNames]);
  const api: FormApi = useMemo(
    () => ({
      values: state.values,
      errors,
      firstError: firstServerError,
      onBlur,
      messages,
      locale,
      readOnly,
    }),
    [state.values, errors, firstServerError, onBlur, messages, locale, readOnly],
  );
  const counts = { ...rowCounts(questions, state), ...addedRows };
  const errorCount = Object.keys(errors).length;
  const formMessage = statusMessage(state.status, messages);
  const origin = cameFrom ? (keptOriginFields(state.values) ?? cameFrom) : {};

  return (
    <FormContext.Provider value={api}>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        onFocus={() => void schemasLoaded().catch(() => {})}
        noValidate
        key={state.version}
        className="mx-auto max-w-2xl"
      >
        <div role="alert" id="form-message" tabIndex={-1} className="focus:outline-none">
          {formMessage ? (
            <p className="rounded-md border-l-4 border-red-800 bg-red-50 p-4 font-medium">{formMessage}</p>
          ) : null}
          {errorCount > 0 && (state.status === "invalid" || clientErrors) ? (
            <p className="rounded-md border-l-4 border-red-800 bg-red-50 p-4 font-medium">
              {plural(locale, messages.summary, errorCount)}
            </p>
          ) : null}
        </div>
        <input type="hidden" name="formToken" value={state.formToken} />
        <input type="hidden" name="role" value={role} />
        <input type="hidden" name="locale" value={locale} />
        {Object.entries({ ...origin, ...variant?.hidden }).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor="website">{messages.honeypot}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        {sections(questions).map(({ section, questions }) => (
          <section key={`${section}-${questions[0]![0]}`} className="mt-8 rounded-lg bg-white p-5 shadow-sm">
            <h2 className="text-xl font-semibold text-brand">{messages.sections[section]}</h2>
            {questions.map(([name, question]) => (
              <QuestionField
                key={name}
                question={question}
                name={name}
                rowCount={counts[name]}
                onAddRow={() => setAddedRows((rows) => ({ ...rows, [name]: (counts[name] ?? 1) + 1 }))}
              />
            ))}
          </section>
        ))}
        <SubmitButton
          label={variant?.submitLabel ?? messages.submit}
          pendingLabel={variant?.pendingLabel ?? messages.submitting}
        />
      </form>
    </FormContext.Provider>
  );
}

function statusMessage(status: SignupFormState["status"], messages: Messages["forms"]): string | null {
  const byStatus: Partial<Record<SignupFormState["status"], string>> = {
    unavailable: messages.saveFailed,
    rate_limited: messages.rateLimited,
    stale: messages.staleForm,
    forbidden: messages.crossOriginKept,
  };
  return byStatus[status] ?? null;
}

function focusField(form: HTMLFormElement, name: string) {
  const target =
    form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`) ??
    document.getElementById(fieldIds(name).id);
  target?.focus();
}
