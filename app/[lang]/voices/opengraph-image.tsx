import { getEnv } from "@/lib/config/env";
import { format, getMessages } from "@/lib/messages";
import { shareCard, shareCardMetadata } from "@/lib/site/share-card";

// /voices's card, in its language (lib/site/share-card.tsx); each testimonial has its own.

type Params = { lang: string };

export function generateImageMetadata({ params }: { params: Params }) {
  return shareCardMetadata(format(getMessages(params.lang).voices.listCardAlt, { org: getEnv().ORG_NAME }));
}

export default async function Image({ params }: { params: Promise<Params> }) {
  const messages = getMessages((await params).lang).voices;
  return shareCard({ text: messages.lead, name: messages.title, footer: getEnv().ORG_NAME });
}
