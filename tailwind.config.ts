import type { Config } from "tailwindcss";

// Colours come from configuration at run time (CSS variables set in app/layout.tsx), so any
// organization can run the site with its own brand.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: "var(--color-brand)",
        accent: "var(--color-accent)",
        ink: "#1f2933",
        muted: "#52606d",
        paper: "#fbfaf7",
      },
      fontFamily: {
        sans: ["var(--font-sans)", "system-ui", "sans-serif"],
      },
      maxWidth: { prose: "68ch" },
    },
  },
} satisfies Config;
