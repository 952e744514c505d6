import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { authSecret } from "@/lib/server/auth/secret";
import { BRAND_LIST_KEY_SEGMENT, brandListRewritePath, parseBrandListKey } from "@/lib/domain/brand-list-query";

// Portal pages: the proxy only sends anonymous visitors to the login page. Roles and scope are
// checked by every page, server action and route handler on the server, never here.
const portalProxy = withAuth({
  pages: { signIn: "/login" },
  secret: authSecret(),
});

function badAddress() {
  return new NextResponse("地址无效：网址中含有错误的百分号编码。", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The decoded segments of the (raw, still encoded) path, or undefined for a malformed percent-encoding. */
function decodedSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split("/").map((segment) => (segment.includes("%") ? decodeURIComponent(segment) : segment));
  } catch {
    return undefined;
  }
}

/**
 * A direct request for the internal list route is answered only for a canonical key (the same
 * page /brands?… shows). Anything else gets the static 404 page here, before Next's page cache,
 * which would otherwise store a 404 entry per crafted key.
 */
function isCanonicalListRoute(segments: string[]): boolean {
  return segments.length === 4 && parseBrandListKey(segments[3]!) !== undefined;
}

const PORTAL_AREAS = ["/portal", "/unit", "/new-city", "/bureau", "/admin"];

/** The paths of the first five matcher entries (and only those): sign-in required. */
function isPortalPath(pathname: string): boolean {
  return PORTAL_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

// Portal paths go to the sign-in check; the public showcase paths (/brands…, /notices…) need no
// session and never touch the database.
export default function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (isPortalPath(pathname)) return portalProxy(request as NextRequestWithAuth, event);
  // Next would answer a bare 500 when it decodes the route parameter.
  const segments = decodedSegments(pathname);
  if (!segments) return badAddress();
  // ["", "brands", "_q", key] (also when spelled %5Fq).
  if (segments[1] === "brands" && segments[2] === BRAND_LIST_KEY_SEGMENT && segments.length > 3 && !isCanonicalListRoute(segments)) {
    return NextResponse.rewrite(new URL("/_not-found", request.url));
  }
  // The brand list is served from Next's page cache: `GET /brands?…` is rewritten (invisibly; the
  // address bar keeps /brands?…) to the ISR route of its canonical query, app/(public)/brands/%5Fq/[key].
  if (pathname === "/brands" && (request.method === "GET" || request.method === "HEAD")) {
    const target = brandListRewritePath(request.nextUrl.searchParams);
    // Built on request.url (not nextUrl, whose loopback hosts always read "localhost"): Next
    // treats a rewrite to another origin than the one the server listens on as external and
    // proxies it over HTTP. With `next start -H 127.0.0.1` (bench, e2e) that still happens
    // unless next.config sets skipProxyUrlNormalize (then request.url keeps the listening host).
    if (target) return NextResponse.rewrite(new URL(`${target}${request.nextUrl.search}`, request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/portal/:path*",
    "/unit/:path*",
    "/new-city/:path*",
    "/bureau/:path*",
    "/admin/:path*",
    "/brands",
    "/brands/:path*",
    "/notices/:path*",
  ],
};
