import "server-only";

/** The portal's public origin for absolute links (sitemap, Open Graph): PUBLIC_SITE_URL, else NEXTAUTH_URL. */
export function siteUrl(): URL {
  const raw = process.env.PUBLIC_SITE_URL || process.env.NEXTAUTH_URL || "http://localhost:3000";
  try {
    return new URL(raw);
  } catch {
    return new URL("http://localhost:3000");
  }
}
