/** Only same-site absolute paths may be a post-login destination (no open redirect via callbackUrl). */
export function safeCallbackPath(value: string | null | undefined, fallback = "/portal"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/login") || value.startsWith("/api/")) return fallback;
  return value;
}
