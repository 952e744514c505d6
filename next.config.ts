import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // proxy.ts rewrites /brands?… to its cached variant; without this, Next re-addresses the rewrite
  // to "localhost" and, when the server listens on another loopback name, fetches it over HTTP —
  // every list request handled twice. The App Router has no /_next/data URLs to normalise.
  skipProxyUrlNormalize: true,
  // A separate build folder lets two builds (e.g. parallel test servers) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with status 403 for a signed-in user of the wrong role.
  experimental: { authInterrupts: true },
  // Native and wasm database drivers stay as Node modules rather than being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
