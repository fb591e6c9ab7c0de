import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/** One statement as PostgreSQL received it: its text and how many bind parameters it carried. */
export type LoggedStatement = { sql: string; parameters: number };

/** Statements logged between `record()` and `stop()`. */
export type StatementRecording = { statements: LoggedStatement[]; stop(): LoggedStatement[] };

/**
 * Counts the SQL statements a DataSource issues, so that a test can prove a request's statement
 * count does not grow with the number of rows it returns; while a recording is open it also keeps
 * each statement's text and parameter count, so a test can prove no parameter list grows with the
 * data (`IN ($1 … $n)`) and each statement keeps one text. Recording is off unless asked for: the
 * running server keeps only the count.
 */
export class StatementCountingLogger extends AbstractLogger {
  statements = 0;
  private readonly recordings = new Set<LoggedStatement[]>();

  override logQuery(query: string, parameters?: unknown[]): void {
    this.statements += 1;
    for (const recording of this.recordings) recording.push({ sql: query, parameters: parameters?.length ?? 0 });
  }

  record(): StatementRecording {
    const statements: LoggedStatement[] = [];
    this.recordings.add(statements);
    return {
      statements,
      stop: () => {
        this.recordings.delete(statements);
        return statements;
      },
    };
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
}
