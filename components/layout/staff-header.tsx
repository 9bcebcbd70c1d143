/** The staff area's own slim header: the organization and where you are, no public-site links. */
export function StaffHeader({ orgName, label }: { orgName: string; label: string }) {
  return (
    <header className="border-b border-black/10 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-3 px-4 py-2">
        <a href="/admin" className="font-semibold text-ink no-underline">
          {orgName}
        </a>
        {/* A phone keeps its first screen for the page; the navigation names the area too. */}
        <span className="hidden text-muted sm:inline">{label}</span>
      </div>
    </header>
  );
}
