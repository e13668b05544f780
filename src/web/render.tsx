import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

/** Server-side rendering of a full page; no hydration, the browser scripts only enhance. */
export function renderPage(page: ReactElement): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(page)}`;
}
