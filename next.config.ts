import type { NextConfig } from "next";
import { getEnv } from "./lib/config/env";

// The end-to-end tests' build (tests/e2e/e2e-environment.ts sets NEXT_BUILD_FOR_TESTS=1) skips
// what only repeats work done elsewhere or is never read: Next.js's own run of tsc (`npm run
// check` checks the types, before each commit and in CI), and Turbopack's build cache, which a
// fresh clone's one build writes for nothing.
const isTestBuild = process.env.NEXT_BUILD_FOR_TESTS === "1";

const nextConfig: NextConfig = {
  distDir: getEnv().NEXT_DIST_DIR,
  typescript: { ignoreBuildErrors: isTestBuild },
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
    turbopackFileSystemCacheForBuild: !isTestBuild,
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
