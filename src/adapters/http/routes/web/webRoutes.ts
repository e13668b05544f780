import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../appDeps";
import { angebotWebRoutes } from "./angebotWebRoutes";
import { auditWebRoutes } from "./auditWebRoutes";
import { fristWebRoutes } from "./fristWebRoutes";
import { loginRoutes } from "./loginRoutes";
import { personWebRoutes } from "./personWebRoutes";
import { planWebRoutes } from "./planWebRoutes";
import { posteingangWebRoutes } from "./posteingangWebRoutes";
import { briefWebRoutes } from "./briefWebRoutes";
import { rechtsfolgenWebRoutes } from "./rechtsfolgenWebRoutes";
import { regelWebRoutes } from "./regelWebRoutes";
import { ueberpruefungWebRoutes } from "./ueberpruefungWebRoutes";

/** Server-rendered pages; every form works without JavaScript. */
export function webRoutes(app: FastifyInstance, deps: AppDeps): void {
  loginRoutes(app, deps);
  personWebRoutes(app, deps);
  posteingangWebRoutes(app, deps);
  planWebRoutes(app, deps);
  fristWebRoutes(app, deps);
  ueberpruefungWebRoutes(app, deps);
  briefWebRoutes(app, deps);
  rechtsfolgenWebRoutes(app, deps);
  regelWebRoutes(app, deps);
  angebotWebRoutes(app, deps);
  auditWebRoutes(app, deps);
}
