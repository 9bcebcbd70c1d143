import { getEnv } from "@/lib/config/env";
import { format, getMessages } from "@/lib/messages";
import { shareCard, shareCardMetadata } from "@/lib/site/share-card";

// The home page's card, in its language (lib/site/share-card.tsx). Pages under it that say
// nothing of their own share card (the forms, the privacy page) unfurl into it too.

type Params = { lang: string };

export function generateImageMetadata({ params }: { params: Params }) {
  return shareCardMetadata(format(getMessages(params.lang).home.cardAlt, { org: getEnv().ORG_NAME }));
}

export default async function Image({ params }: { params: Promise<Params> }) {
  const messages = getMessages((await params).lang).home;
  return shareCard({ text: messages.storyHeading, name: getEnv().ORG_NAME, footer: messages.jumpToSignup });
}
