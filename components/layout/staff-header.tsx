/** The staff area's own slim header: the organization and where you are, no public-site links. */
export function StaffHeader({ orgName, label }: { orgName: string; label: string }) {
  return (
    <header className="border-b border-black/10 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-3 px-4 py-2">
        <a href="/admin" className="font-semibold text-ink no-underline">
          {orgName}
        </a>
        <span className="text-muted">{label}</span>
      </div>
    </header>
  );
}
