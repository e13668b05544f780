import { createElement } from "react";
import { FehlerSeite } from "../../../../web/pages/FehlerSeite";
import { renderPage } from "../../../../web/render";

export const renderFehlerSeite = (status: number, text: string): string =>
  renderPage(createElement(FehlerSeite, { status, text }));
