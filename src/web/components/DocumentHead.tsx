/** The `<head>` of every page: charset, viewport, title, KERN UX styles, our CSS, optional scripts. */
export function DocumentHead({
  titel,
  styles = [],
  scripts = [],
}: {
  titel: string;
  styles?: string[];
  scripts?: string[];
}) {
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{titel}</title>
      <link rel="stylesheet" href="/assets/kern/fonts/fira-sans.css" />
      <link rel="stylesheet" href="/assets/kern/kern.min.css" />
      <link rel="stylesheet" href="/assets/app/app.css" />
      {styles.map((href) => (
        <link key={href} rel="stylesheet" href={href} />
      ))}
      {scripts.map((src) => (
        <script key={src} type="module" src={src} />
      ))}
    </head>
  );
}
