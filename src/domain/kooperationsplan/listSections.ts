/** The list rubrics of a plan (zod-free, so browser bundles can use it). */
export const LIST_SECTIONS = ["zwischenziele", "schritte", "unterstuetzung", "andereStellen"] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];
