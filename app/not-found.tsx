import Link from "next/link";
import { getMessages } from "@/lib/messages";

export default function NotFound() {
  const messages = getMessages().notFound;
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      <p className="mt-4">{messages.body}</p>
      <p className="mt-6">
        <Link href="/">{messages.home}</Link>
      </p>
    </div>
  );
}
