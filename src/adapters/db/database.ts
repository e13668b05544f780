/** A minimal SQL surface shared by the PostgreSQL (`pg`) and PGlite adapters. */
export interface Sql {
  query<T extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
}

/** Who is acting; becomes `app.*` settings that the row-level security policies read. */
export interface TenantContext {
  jobcenterId: string;
  userId: string;
  rolle: string;
}

export interface Database {
  readonly kind: "pglite" | "postgres";
  /**
   * Runs `fn` in one transaction as the application role `kp_app` (no owner, NOBYPASSRLS), with the
   * tenant context set for row-level security. `null` context: only the definer functions for login.
   */
  transaction<T>(context: TenantContext | null, fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** Runs `fn` in one transaction as the owner: migrations, seed, maintenance. Never for requests. */
  ownerTransaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function applyContext(sql: Sql, context: TenantContext | null): Promise<void> {
  await sql.query("SET LOCAL ROLE kp_app");
  if (!context) return;
  await sql.query(
    "SELECT set_config('app.jobcenter_id', $1, true), set_config('app.user_id', $2, true), set_config('app.rolle', $3, true)",
    [context.jobcenterId, context.userId, context.rolle],
  );
}
