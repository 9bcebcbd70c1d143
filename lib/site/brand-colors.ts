// The site's neutral colours, shared by Tailwind (tailwind.config.ts) and the share card
// (lib/site/share-card.tsx). Brand and accent come from configuration.
export const NEUTRAL_COLORS = {
  ink: "#1f2933",
  muted: "#52606d",
  paper: "#fbfaf7",
} as const;
