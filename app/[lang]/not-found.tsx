import { NotFoundContent } from "@/components/layout/not-found-content";
import { PageFrame } from "@/app/_site/page-frame";
import { DEFAULT_LOCALE } from "@/lib/i18n/languages";

// A page that called notFound() (an unknown testimonial, say). Reading the request here to
// find its language would make every page under it dynamic: it speaks every language.
export default function NotFound() {
  return (
    <PageFrame locale={DEFAULT_LOCALE}>
      <NotFoundContent />
    </PageFrame>
  );
}
