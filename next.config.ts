import type { NextConfig } from "next";
import { getEnv } from "./lib/config/env";
import { canonicalHostRedirect, crossOriginFormPostRewrite } from "./lib/security/cross-origin-rewrite";
import { securityHeaderRules } from "./lib/security/security-headers";

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
  },
  // Security headers on every response; admin pages' script policy comes from proxy.ts (decision 011).
  async headers() {
    return securityHeaderRules(getEnv().SITE_URL);
  },
  async redirects() {
    return [canonicalHostRedirect(getEnv().SITE_URL)];
  },
  async rewrites() {
    return { beforeFiles: [crossOriginFormPostRewrite(getEnv().SITE_URL)], afterFiles: [], fallback: [] };
  },
};

export default nextConfig;
