import type { Config } from "tailwindcss";
import { NEUTRAL_COLORS } from "./lib/site/brand-colors";

// Colours come from configuration at run time (CSS variables set in app/layout.tsx), so any
// organization can run the site with its own brand.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: "var(--color-brand)",
        accent: "var(--color-accent)",
        ...NEUTRAL_COLORS,
      },
      fontFamily: {
        sans: ["var(--font-sans)", "system-ui", "sans-serif"],
      },
      maxWidth: { prose: "68ch" },
    },
  },
} satisfies Config;
