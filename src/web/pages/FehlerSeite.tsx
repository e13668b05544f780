import { Layout } from "../components/Layout";

export function FehlerSeite({ status, text }: { status: number; text: string }) {
  return (
    <Layout titel={`Fehler ${status}`}>
      <h1 className="kern-heading-large">{status === 404 ? "Nicht gefunden" : "Das hat nicht geklappt"}</h1>
      <p className="kern-body">{text}</p>
      <p className="kern-body">
        <a className="kern-link" href="/faelle">
          Zur Fallübersicht
        </a>
      </p>
    </Layout>
  );
}
