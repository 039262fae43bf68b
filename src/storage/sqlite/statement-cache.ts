import type { Database, Statement } from 'better-sqlite3';

/** Prepares each SQL text once per database connection. */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Database) {}

  sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }
}
