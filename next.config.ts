import type { NextConfig } from "next";

const nextConfig: NextConfig = {
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
