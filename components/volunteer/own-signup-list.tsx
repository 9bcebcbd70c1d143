import Link from "next/link";
import type { PublicMessages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { plural } from "@/lib/messages/plural";
import type { Role } from "@/lib/signup/options";

// A volunteer's signups, one per role they signed up for: when, and the status in plain words.

export type OwnSignupItem = { id: string; role: Role; statusWords: string; sentOn: string; href: string };

type Props = { items: OwnSignupItem[]; locale: string; messages: PublicMessages["volunteerMe"] };

export function OwnSignupList({ items, locale, messages }: Props) {
  const s = messages.signups;
  return (
    <>
      <p className="mt-4 text-lg">{plural(locale, s.count, items.length)}</p>
      <ul className="mt-4 space-y-4">
        {items.map((item) => (
          <li key={item.id} className="rounded-md bg-white p-4 shadow-sm" data-signup={item.id}>
            <h2 className="text-xl font-semibold">{messages.roles[item.role]}</h2>
            <p className="mt-1">{format(s.sentOn, { date: item.sentOn })}</p>
            <p className="mt-1 font-medium">{format(s.status, { status: item.statusWords })}</p>
            <p className="mt-2">
              <Link href={item.href} className="font-semibold text-brand underline">
                {format(s.open, { role: messages.roles[item.role] })}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
