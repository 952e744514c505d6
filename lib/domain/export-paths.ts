import type { Role } from "./roles";

// Where a role finds its exports (导出记录), and the download address of one finished export.
export function exportsPathFor(role: Role): string {
  switch (role) {
    case "NEW_CITY_STAFF":
      return "/new-city/exports";
    case "ADMIN":
      return "/admin/exports";
    default:
      return "/bureau/exports";
  }
}

export const exportDownloadPath = (exportFileId: string) => `/api/exports/files/${exportFileId}`;

/** The export route of a list with the screen's current query (a plain link: GET downloads or queues). */
export function exportHref(kind: string, query: Record<string, string | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === false || value === "") continue;
    params.set(key, value === true ? "1" : value);
  }
  const qs = params.toString();
  return qs ? `/api/exports/${kind}?${qs}` : `/api/exports/${kind}`;
}
