import type { Messages } from "@/lib/messages/en";
import { sharedUrl, shareLinks } from "@/lib/site/share-links";
import { CopyLinkButton } from "./copy-link-button";

// Plain links to each network's share page: no third-party script, nothing loaded until a
// person chooses to share. Each shares the page's URL with its channel (lib/site/share-links.ts);
// the copy box and the browser's own share sheet share it as "copy".
export function ShareLinks({
  url,
  title,
  emailBody,
  messages,
}: {
  /** The page's canonical URL, clean: each link adds its channel. */
  url: string;
  title: string;
  /** The email's text around the URL it shares. */
  emailBody: (sharedUrl: string) => string;
  messages: Messages["share"];
}) {
  const links = shareLinks(url, title, emailBody);
  const copied = sharedUrl(url, "copy");
  const networks = [
    { key: "email", label: messages.email, href: links.email, external: false },
    { key: "whatsapp", label: messages.whatsapp, href: links.whatsapp, external: true },
    { key: "x", label: messages.x, href: links.x, external: true },
    { key: "facebook", label: messages.facebook, href: links.facebook, external: true },
    { key: "linkedin", label: messages.linkedin, href: links.linkedin, external: true },
  ];
  return (
    <section aria-labelledby="share-heading" className="mt-10 rounded-lg bg-white p-5 shadow-sm">
      <h2 id="share-heading" className="text-lg font-semibold">
        {messages.heading}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2">
        {networks.map((network) => (
          <li key={network.key}>
            <a
              href={network.href}
              data-share={network.key}
              {...(network.external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
            >
              {network.label}
              {network.external ? <span className="sr-only"> {messages.newWindow}</span> : null}
            </a>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <label className="sr-only" htmlFor="share-url">
          {messages.linkLabel}
        </label>
        <input
          id="share-url"
          readOnly
          value={copied}
          className="min-w-0 flex-1 rounded-md border border-black/20 bg-paper px-3 py-2 text-base"
        />
        <CopyLinkButton url={copied} title={title} labels={messages} />
      </div>
    </section>
  );
}
