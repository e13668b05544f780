import type { Actor } from "../../application/ports";
import type { Posteingang } from "../../application/posteingang/getPosteingang";
import { SuccessAlert } from "../components/Alerts";
import { Layout } from "../components/Layout";
import { PosteingangTabelle } from "../components/PosteingangTabelle";
import { de } from "../translations/de";

export interface PosteingangPageProps extends Posteingang {
  actor: Actor;
  csrfToken: string;
  erledigt: boolean;
}

const t = de.posteingang;
/** The team view lists each counsellor's longest-waiting items; the rest is counted. */
const TEAM_ZEILEN = 20;

/** The counsellor's inbox; for the team lead the team's open items per counsellor (read-only). */
export function PosteingangPage(props: PosteingangPageProps) {
  const anzahl = props.eintraege.length;
  return (
    <Layout titel={t.titel} actor={props.actor} csrfToken={props.csrfToken} posteingang={anzahl}>
      <h1 className="kern-heading-large">{t.titel}</h1>
      {props.erledigt && <SuccessAlert text={t.erledigtMeldung} />}
      <p className="kern-body">{props.team ? t.teamEinleitung : t.einleitung}</p>
      <p className="kern-body" role="status">
        {t.anzahl(anzahl)}
      </p>
      {anzahl === 0 && <p className="kern-body">{t.leer}</p>}
      {props.team
        ? props.team.map((g) => (
            <section key={g.betreuerId} aria-labelledby={`team-${g.betreuerId}`}>
              <h2 className="kern-heading-medium" id={`team-${g.betreuerId}`}>
                {t.team.gruppe(g.betreuerName, g.anzahl)}
              </h2>
              <p className="kern-body">{t.team.aeltester(g.aeltesteTage)}</p>
              <PosteingangTabelle
                eintraege={g.eintraege.slice(0, TEAM_ZEILEN)}
                caption={t.team.gruppe(g.betreuerName, g.anzahl)}
                csrfToken={null}
              />
              {g.anzahl > TEAM_ZEILEN && (
                <p className="kern-body">{t.team.weitere(g.anzahl - TEAM_ZEILEN)}</p>
              )}
            </section>
          ))
        : anzahl > 0 && (
            <PosteingangTabelle eintraege={props.eintraege} caption={t.titel} csrfToken={props.csrfToken} />
          )}
    </Layout>
  );
}
