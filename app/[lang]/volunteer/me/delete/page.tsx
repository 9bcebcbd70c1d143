import type { Metadata } from "next";
import Link from "next/link";
import { PageFrame } from "@/app/_site/page-frame";
import { getDb } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/paths";
import { getMessages } from "@/lib/messages";
import { plural } from "@/lib/messages/plural";
import { listOwnSignups } from "@/lib/volunteer-access/own-signups";
import { localeOf } from "../../../locale";
import { DeadLinkPage } from "../dead-link-page";
import { currentVolunteerSession } from "../current-session";
import { deleteDataAction } from "../own-actions";

// "Delete my data", asked twice: a box to tick and Continue, then the last step's button.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).volunteerMe.delete.title, robots: { index: false } };
}

const DANGER = "rounded-md bg-red-800 px-4 py-2 font-semibold text-white";

export default async function DeleteDataPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const messages = getMessages(locale);
  const m = messages.volunteerMe;
  const session = await currentVolunteerSession();
  if (!session) return <DeadLinkPage locale={locale} path="/volunteer/me/delete" />;
  const query = await searchParams;
  const count = (await listOwnSignups(getDb(), session, messages)).length;
  const back = localePath(locale, "/volunteer/me/signups");
  const isLastStep = query.step === "confirm";
  const hasError = query.error === "understand";
  return (
    <PageFrame locale={locale} path="/volunteer/me/delete">
      <div className="mx-auto max-w-prose">
        <h1 className="text-3xl font-bold text-brand">
          {isLastStep ? m.delete.confirmTitle : m.delete.title}
        </h1>
        {isLastStep ? (
          <form action={deleteDataAction} className="mt-4">
            <p className="text-lg">{plural(locale, m.delete.confirmLead, count)}</p>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="step" value="final" />
            <div className="mt-6 flex flex-wrap items-center gap-4">
              <button type="submit" className={DANGER}>
                {m.delete.confirmButton}
              </button>
              <Link href={back} className="font-semibold text-brand underline">
                {m.delete.cancel}
              </Link>
            </div>
          </form>
        ) : (
          <form action={deleteDataAction} className="mt-4">
            <p className="text-lg">{m.delete.lead}</p>
            <input type="hidden" name="locale" value={locale} />
            <div className="mt-6 flex items-start gap-3">
              <input
                id="understood"
                name="understood"
                type="checkbox"
                required
                aria-invalid={hasError ? true : undefined}
                aria-describedby={hasError ? "understood-error" : undefined}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor="understood">{m.delete.understand}</label>
            </div>
            {hasError ? (
              <p id="understood-error" className="mt-1 font-medium text-red-800">
                {m.delete.understandError}
              </p>
            ) : null}
            <div className="mt-6 flex flex-wrap items-center gap-4">
              <button type="submit" className={DANGER}>
                {m.delete.continue}
              </button>
              <Link href={back} className="font-semibold text-brand underline">
                {m.delete.cancel}
              </Link>
            </div>
          </form>
        )}
      </div>
    </PageFrame>
  );
}
