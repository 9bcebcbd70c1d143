import type { NextConfig } from "next";
import { getEnv } from "./lib/config/env";

const nextConfig: NextConfig = {
  distDir: getEnv().NEXT_DIST_DIR,
  poweredByHeader: false,
  // Next.js hashes every HTML response for its ETag, on every request: for a 26 KB page that
  // was a fifth of the server's CPU time (bench:pages). Public pages carry Cache-Control for a
  // CDN instead, and a CDN or reverse proxy adds its own validators.
  generateEtags: false,
  reactStrictMode: true,
  // The launcher (scripts/start.ts) and the migration scripts are plain Node; only app code
  // is bundled.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "nodemailer", "graphile-worker"],
  experimental: {
    serverActions: { bodySizeLimit: "200kb" },
    // forbidden() answers 403 in the staff area (app/forbidden.tsx).
    authInterrupts: true,
    // A URL matching no route gets app/global-not-found.tsx: there is no root layout to render
    // it in (a document per language, app/[lang], and the staff area's, app/admin).
    globalNotFound: true,
  },
  // Security headers, the host-name redirect and refused cross-origin form posts are the
  // launcher's server's (scripts/serve.ts, lib/server/front-door.ts): matched here, Next.js
  // would test each rule on every request (decision 015).
};

export default nextConfig;
