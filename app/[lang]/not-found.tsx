import { NotFoundContent } from "@/components/layout/not-found-content";
import { PageFrame } from "@/app/_site/page-frame";
import { DEFAULT_LOCALE } from "@/lib/i18n/languages";

// A page that called notFound(): the front door sends links that name no page to
// app/[lang]/page-not-found instead (decision 037), so this is left for the rest (another
// person's signup, a testimonial taken down since the front door last read the list).
// Next.js renders it only in the browser (vercel/next.js#62228), and gives it no route
// parameters; reading the request here to find its language would make every page under it
// dynamic: it speaks every language.
export default function NotFound() {
  return (
    <PageFrame locale={DEFAULT_LOCALE}>
      <NotFoundContent />
    </PageFrame>
  );
}
