import type { PortalAuthDeps } from "../../../../application/portal/auth/deps";
import { otpTotp } from "../../../crypto/totp";
import type { AppDeps } from "../../appDeps";

const cache = new WeakMap<AppDeps, PortalAuthDeps>();

/** The portal's authentication dependencies, built once per app from its `AppDeps`. */
export function portalAuthFor(deps: AppDeps): PortalAuthDeps {
  let auth = cache.get(deps);
  if (!auth) {
    auth = {
      store: deps.portalAuth,
      schutz: deps.schutz,
      hasher: deps.hasher,
      tokens: deps.tokens,
      clock: deps.clock,
      dummyHash: deps.dummyHash,
      totp: otpTotp,
      tresor: deps.tresor,
      runAs: (akteur, fn) =>
        deps.transaktionen.alsEmpfaenger(akteur, ({ repos }) =>
          fn({
            repos,
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
