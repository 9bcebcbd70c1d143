import { format } from "@/lib/messages";
import type { Messages } from "@/lib/messages/en";

export function SiteFooter({
  orgName,
  orgEmail,
  messages,
  privacyPath,
}: {
  orgName: string;
  orgEmail: string;
  messages: Messages["site"]["footer"];
  privacyPath: string;
}) {
  const [before, after] = messages.contact.split("{email}");
  return (
    <footer className="mt-16 border-t border-black/10 bg-white">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-base text-muted">
        <p>
          {before}
          <a href={`mailto:${orgEmail}`}>{orgEmail}</a>
          {after}
        </p>
        <p>
          <a href={privacyPath}>{messages.privacy}</a>
        </p>
        <p>{format(messages.rights, { year: new Date().getFullYear(), org: orgName })}</p>
      </div>
    </footer>
  );
}
