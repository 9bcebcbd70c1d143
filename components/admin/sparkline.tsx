import { sparklinePath } from "@/lib/attribution/sparkline";

// A small line of a value per day, drawn on the server as inline SVG: no script, no library.
// Its words (the accessible name) say what the line shows, for anyone who cannot see it.

const BOX = { width: 120, height: 28, pad: 2 };

export function Sparkline({ values, label }: { values: readonly number[]; label: string }) {
  const path = sparklinePath(values, BOX);
  return (
    <svg
      role="img"
      aria-label={label}
      width={BOX.width}
      height={BOX.height}
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      className="block text-brand"
    >
      <title>{label}</title>
      <line
        x1={BOX.pad}
        x2={BOX.width - BOX.pad}
        y1={BOX.height - BOX.pad}
        y2={BOX.height - BOX.pad}
        stroke="currentColor"
        strokeOpacity={0.25}
      />
      {path ? (
        <path d={path} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" />
      ) : null}
    </svg>
  );
}
