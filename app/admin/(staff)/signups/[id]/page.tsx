import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignToMe } from "@/components/admin/signup-record-assign-me";
import { RecordMessage } from "@/components/admin/signup-record-message";
import { RecordMessages } from "@/components/admin/signup-record-messages";
import { RecordEmails } from "@/components/admin/signup-record-emails";
import { RecordNeighbours } from "@/components/admin/signup-record-neighbours";
import { RecordWork } from "@/components/admin/signup-record-work";
import { RecordHistory } from "@/components/admin/signup-record-history";
import { RecordNotes } from "@/components/admin/signup-record-notes";
import { RecordSection } from "@/components/admin/signup-record-section";
import { RecordSteps } from "@/components/admin/signup-record-steps";
import { listDeliveries } from "@/lib/admin/email-resend";
import { RECORD_STATUSES } from "@/lib/admin/record-forms";
import { formatDate, formatDay, formatTime } from "@/lib/admin/record-time";
import { listAssignableStaff } from "@/lib/admin/signup-changes";
import { listHistory } from "@/lib/admin/signup-history";
import { listNotes } from "@/lib/admin/signup-notes";
import { deliveryReasonText, submittedText, telHref } from "@/lib/admin/record-words";
import { findNeighbours } from "@/lib/admin/signup-neighbours";
import { getSignupRecord, isSignupId } from "@/lib/admin/signup-record";
import { parseSignupView, signupViewQuery } from "@/lib/admin/signup-view";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { format, getStaffMessages, plural } from "@/lib/messages";
import { listRecordSteps } from "@/lib/onboarding/record-steps";
import { languageName } from "@/lib/i18n/language-name";
import { composerFor, listMessages } from "@/lib/outreach/record-messages";
import { localDay } from "@/lib/time/zoned";
import { staffForPage } from "../../../staff-access";
import {
  addNoteAction,
  assignToMeAction,
  changeStepAction,
  editNoteAction,
  resendEmailAction,
  saveRecordAction,
  sendMessageAction,
} from "./actions";

export const metadata: Metadata = { title: getStaffMessages().admin.nav.signups };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SignupRecordPage({ params, searchParams }: Props) {
  const { id } = await params;
  // The list view the record was opened from (its query string), for Previous and Next.
  const fromParam = (await searchParams).from;
  const from = typeof fromParam === "string" ? fromParam : undefined;
  const listView = from === undefined ? undefined : parseSignupView(new URLSearchParams(from));
  const fromQuery = listView ? signupViewQuery(listView).slice(1) : undefined;
  const keepFrom = fromQuery === undefined ? "" : `?from=${encodeURIComponent(fromQuery)}`;
  const staff = await staffForPage(`/admin/signups/${encodeURIComponent(id)}${keepFrom}`);
  const env = getEnv();
  const timeZone = env.ORG_TIME_ZONE;
  const today = localDay(new Date(), timeZone);
  const db = getDb();
  const messages = getStaffMessages();
  const m = messages.admin.record;
  const statuses = messages.admin.signupList.statuses;
  if (!isSignupId(id)) notFound();
  // Every part at once: the page's time is one round of queries, not two.
  const [record, notes, history, deliveries, assignable, sent, composer, neighbours, steps] =
    await Promise.all([
      getSignupRecord(db, staff, id, messages.forms),
      listNotes(db, staff, id),
      listHistory(db, staff, id, messages.forms),
      listDeliveries(db, staff, id, { maxAttempts: env.EMAIL_MAX_ATTEMPTS }),
      listAssignableStaff(db, staff),
      listMessages(db, staff, id),
      composerFor(db, staff, env, id),
      listView ? findNeighbours(db, staff, id, listView, { timeZone }) : null,
      listRecordSteps(db, staff, id, today),
    ]);
  if (!record) notFound();
  const canChange = !record.isAnonymized;
  const language = languageName(composer.locale, "en");
  const messageKey = randomUUID();
  const statusTemplates = Object.fromEntries(
    composer.templates.flatMap((t) => (t.forStatus ? [[t.forStatus, t]] : [])),
  );
  const assigneeOptions = [
    { value: "", label: m.assignee.nobody },
    ...assignable.map((s) => ({ value: s.id, label: s.name })),
  ];
  if (record.assignee && !assignable.some((s) => s.id === record.assignee!.id)) {
    assigneeOptions.push({ value: record.assignee.id, label: record.assignee.name });
  }

  const isMine = record.assignee?.id === staff.userId;
  return (
    <article>
      {neighbours && fromQuery !== undefined ? (
        <RecordNeighbours neighbours={neighbours} fromQuery={fromQuery} messages={m.neighbours} />
      ) : null}
      <h1 className="break-words text-3xl font-bold text-brand">{record.name}</h1>
      {record.isAnonymized ? (
        <p className="mt-3 rounded-md border-l-4 border-brand bg-white p-3">{m.anonymized}</p>
      ) : null}
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{m.role}</dt>
        <dd>{messages.admin.signupList.roles[record.role]}</dd>
        <dt className="font-medium">{m.status.label}</dt>
        <dd>{statuses[record.status]}</dd>
        {steps ? (
          <>
            <dt className="font-medium">{m.steps.readiness}</dt>
            <dd data-readiness={steps.ready ? "ready" : "not-ready"}>
              <a href="#onboarding" className="font-semibold">
                {steps.ready
                  ? steps.validUntil
                    ? format(m.steps.readyUntil, { date: formatDay(steps.validUntil) })
                    : m.steps.ready
                  : plural("en", m.steps.left, steps.open)}
              </a>
            </dd>
          </>
        ) : null}
        <dt className="font-medium">{m.created}</dt>
        <dd>{formatTime(record.createdAt, timeZone)}</dd>
        <dt className="font-medium">{m.submissions}</dt>
        <dd>{submittedText(m, record.submissionCount, formatTime(record.lastSubmittedAt, timeZone))}</dd>
      </dl>

      <RecordSection id="work" title={m.work.title}>
        <p className="mt-2">
          {record.statusChangedAt
            ? format(record.statusChangedBy ? m.status.changed : m.status.changedByFormer, {
                name: record.statusChangedBy ?? "",
                time: formatTime(record.statusChangedAt, timeZone),
              })
            : m.status.unchanged}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2">
          <p>
            {record.assignee ? format(m.assignee.current, { name: record.assignee.name }) : m.assignee.none}
          </p>
          {canChange ? (
            <AssignToMe
              signupId={record.id}
              version={record.version}
              isMine={isMine}
              label={m.assignee.toMe}
              action={assignToMeAction}
            />
          ) : null}
        </div>
        <p className="mt-2">
          {record.followUp
            ? format(record.followUp.reason ? m.followUp.due : m.followUp.dueNoReason, {
                date: formatDay(record.followUp.on),
                reason: record.followUp.reason ?? "",
              })
            : m.followUp.none}{" "}
          {record.followUp && record.followUp.on <= today ? (
            <strong className="rounded bg-red-50 px-2 py-0.5 text-red-800">
              {record.followUp.on < today ? m.followUp.overdue : m.followUp.today}
            </strong>
          ) : null}
        </p>
        {canChange ? (
          <RecordWork
            signupId={record.id}
            version={record.version}
            current={{
              status: record.status,
              assigneeId: record.assignee?.id ?? "",
              on: record.followUp?.on ?? "",
              reason: record.followUp?.reason ?? "",
            }}
            statuses={RECORD_STATUSES.map((status) => ({ value: status, label: statuses[status] }))}
            assignees={assigneeOptions}
            requestKey={messageKey}
            templates={statusTemplates}
            languageName={language}
            messages={m}
            action={saveRecordAction}
          />
        ) : null}
      </RecordSection>

      {steps ? (
        <RecordSection id="onboarding" title={m.steps.title}>
          <RecordSteps
            signupId={record.id}
            steps={steps.steps}
            canChange={canChange}
            today={today}
            titles={messages.onboarding.steps}
            messages={m}
            action={changeStepAction}
          />
        </RecordSection>
      ) : null}

      <RecordSection id="answers" title={m.answers}>
        {record.pendingProposalSentAt ? (
          <p data-notice="pending-proposal" className="mt-2 rounded-md bg-amber-50 p-3 text-amber-900">
            {format(m.pendingProposal, { time: formatTime(record.pendingProposalSentAt, timeZone) })}
          </p>
        ) : null}
        <dl className="divide-y divide-black/10">
          {record.answers.map((line) => (
            <div key={line.name} className="grid gap-1 py-3 sm:grid-cols-3">
              <dt className="font-medium">{line.label}</dt>
              <dd className="whitespace-pre-line break-words sm:col-span-2">
                {record.isAnonymized || !line.value ? (
                  line.value
                ) : line.name === "email" ? (
                  <a href={`mailto:${line.value}`}>{line.value}</a>
                ) : line.name === "phone" && telHref(line.value) ? (
                  <a href={telHref(line.value)!}>{line.value}</a>
                ) : (
                  line.value
                )}
              </dd>
            </div>
          ))}
        </dl>
      </RecordSection>

      <RecordSection id="notes" title={m.notes.title}>
        <p className="mt-1 text-muted">{m.notes.lead}</p>
        <RecordNotes
          signupId={record.id}
          notes={notes.map((note) => ({
            id: note.id,
            body: note.body,
            version: note.version,
            isOwn: note.isOwn,
            byline: format(m.notes.byline, {
              name: note.authorName ?? m.notes.formerStaff,
              time: formatTime(note.createdAt, timeZone),
            }),
            edited:
              note.version > 1
                ? format(m.notes.edited, { time: formatTime(note.updatedAt, timeZone) })
                : null,
          }))}
          firstNoteId={randomUUID()}
          canChange={canChange}
          messages={m}
          actions={{ add: addNoteAction, edit: editNoteAction }}
        />
      </RecordSection>

      <RecordSection id="messages" title={m.messages.title}>
        {composer.doNotContactAt ? (
          <p className="mt-3 rounded-md border-l-4 border-red-800 bg-red-50 p-3 font-medium">
            {format(m.messages.doNotContact, { date: formatTime(composer.doNotContactAt, timeZone) })}
          </p>
        ) : null}
        <RecordMessages
          messages={sent.map((message) => ({
            id: message.id,
            subject: message.subject,
            body: message.body,
            byline: format(message.senderName ? m.messages.sentBy : m.messages.sentByFormer, {
              time: formatTime(message.createdAt, timeZone),
              name: message.senderName ?? "",
            }),
            isBulk: message.isBulk,
            state: m.emails.statuses[message.status],
          }))}
          words={m.messages}
        />
        {canChange && composer.values ? (
          <RecordMessage
            signupId={record.id}
            requestKey={messageKey}
            values={composer.values}
            languageName={language}
            isOwnLanguageEnglish={composer.locale === "en"}
            doNotContact={composer.doNotContactAt !== null}
            templates={composer.templates}
            messages={m.messages}
            saving={m.saving}
            action={sendMessageAction}
          />
        ) : null}
      </RecordSection>

      <RecordSection id="emails" title={m.emails.title}>
        <RecordEmails
          signupId={record.id}
          deliveries={deliveries.map((delivery) => ({
            id: delivery.id,
            kind: delivery.kind,
            status: delivery.status,
            attempts: delivery.attempts,
            created: formatTime(delivery.createdAt, timeZone),
            sent: delivery.sentAt ? formatTime(delivery.sentAt, timeZone) : null,
            reason: delivery.reason,
            explanation: deliveryReasonText(m.emails, delivery.explanation, (time) =>
              formatTime(time, timeZone),
            ),
            isResend: delivery.isResend,
          }))}
          firstKeys={{ volunteer_confirmation: randomUUID(), staff_notification: randomUUID() }}
          canChange={canChange}
          messages={m}
          action={resendEmailAction}
        />
      </RecordSection>

      <RecordSection id="others" title={m.others.title}>
        {record.otherSignups.length === 0 ? (
          <p className="mt-2">{m.others.none}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {record.otherSignups.map((other) => (
              <li key={other.id}>
                <a href={`/admin/signups/${other.id}`}>
                  {format(m.others.link, {
                    role: messages.roles[other.role].title,
                    date: formatDate(other.createdAt, timeZone),
                    status: statuses[other.status],
                  })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </RecordSection>

      <RecordSection id="history" title={m.history.title}>
        <RecordHistory
          entries={history}
          messages={m}
          statuses={statuses}
          timeZone={timeZone}
          stepTitles={messages.onboarding.steps}
        />
      </RecordSection>

      {staff.role === "admin" ? (
        <p className="mt-6">
          <a href={`/admin/signups/${record.id}/privacy`}>{messages.admin.privacy.link}</a>
        </p>
      ) : null}
    </article>
  );
}
