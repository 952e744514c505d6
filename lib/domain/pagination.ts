export const DEFAULT_PAGE_SIZE = 20;

/** A page number from the URL: anything that is not a positive whole number is page 1. */
export function parsePage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}

export function pageCountOf(total: number, pageSize = DEFAULT_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number; pageSize: number };
