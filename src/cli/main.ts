/** `npx kooperationsplan <command>`: batch tools for research, legal departments and operations. */
const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  code: () => import("./code"),
  rechtsfolgen: () => import("./rechtsfolgen"),
  seed: () => import("./seed"),
};

const HELP = `Aufruf: kooperationsplan <befehl> [optionen]

Befehle:
  code          Planeinträge kodieren (JSON Lines, siehe --help)
  rechtsfolgen  Rechtsfolgen von Pflichtverletzungen prüfen (JSON Lines, siehe --help)
  seed          Datenbank mit synthetischen Daten füllen (siehe --help)
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(HELP);
    return name === undefined || name === "--help" ? 0 : 2;
  }
  const command = await load();
  return command.run(rest);
}
