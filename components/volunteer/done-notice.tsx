// The line at the top of a volunteer's page after a change: read out once, not an alert.

export function DoneNotice({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <div role="status" className="mt-4 rounded-md border-l-4 border-green-800 bg-green-50 p-4 font-medium">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
