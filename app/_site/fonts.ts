import localFont from "next/font/local";

// Self-hosted: the woff2 ships in an npm package, so builds never fetch fonts.
export const interFont = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-sans",
  display: "swap",
  weight: "100 900",
});
