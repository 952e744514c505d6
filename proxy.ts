import { withAuth } from "next-auth/middleware";
import { authSecret } from "@/lib/server/auth/secret";

// The proxy only sends anonymous visitors of portal pages to the login page. Roles and scope are
// checked by every page, server action and route handler on the server, never here.
export default withAuth({
  pages: { signIn: "/login" },
  secret: authSecret(),
});

export const config = {
  matcher: ["/portal/:path*", "/unit/:path*", "/new-city/:path*", "/bureau/:path*", "/admin/:path*"],
};
