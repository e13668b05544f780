import type { AuditEintrag, UseCaseDeps } from "../ports";

/**
 * One request writes exactly one audit row (issue 9, § 4). A use case that runs other use cases as its
 * steps gives them these deps: their entries are collected here instead of written, and the caller
 * records the one row of the request itself (naming what the steps did in its details), in the same
 * transaction.
 */
export function collectAudit<D extends UseCaseDeps>(deps: D): { deps: D; eintraege: AuditEintrag[] } {
  const eintraege: AuditEintrag[] = [];
  const audit = {
    record: (entry: AuditEintrag) => {
      eintraege.push(entry);
      return Promise.resolve();
    },
  };
  return { deps: { ...deps, repos: { ...deps.repos, audit } }, eintraege };
}
