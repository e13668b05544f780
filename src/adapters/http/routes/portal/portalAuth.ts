import type { PortalAuthDeps } from "../../../../application/portal/auth/deps";
import { otpTotp } from "../../../crypto/totp";
import { asRecipient, portalAuthStore } from "../../../db/repositories/portalAuthStore";
import { recipientRepositories } from "../../../db/repositories/portalRepositories";
import type { AppDeps } from "../../appDeps";

const cache = new WeakMap<AppDeps, PortalAuthDeps>();

/** The portal's authentication dependencies, built once per app from its `AppDeps`. */
export function portalAuthFor(deps: AppDeps): PortalAuthDeps {
  let auth = cache.get(deps);
  if (!auth) {
    auth = {
      store: portalAuthStore(deps.db, deps.clock),
      schutz: deps.schutz,
      hasher: deps.hasher,
      tokens: deps.tokens,
      clock: deps.clock,
      dummyHash: deps.dummyHash,
      totp: otpTotp,
      tresor: deps.tresor,
      runAs: (akteur, fn) =>
        asRecipient(deps.db, akteur, (sql) =>
          fn({
            repos: recipientRepositories(sql, akteur, deps.clock),
            akteur,
            clock: deps.clock,
            ids: deps.ids,
          }),
        ),
    };
    cache.set(deps, auth);
  }
  return auth;
}
