import type { NextConfig } from "next";
import { getEnv } from "./lib/config/env";

const nextConfig: NextConfig = {
  distDir: getEnv().NEXT_DIST_DIR,
  poweredByHeader: false,
  reactStrictMode: true,
  // The launcher (scripts/start.ts) and the migration scripts are plain Node; only app code
  // is bundled.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "nodemailer", "graphile-worker"],
  experimental: {
    serverActions: { bodySizeLimit: "200kb" },
  },
};

export default nextConfig;
