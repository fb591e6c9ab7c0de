import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/**
 * Counts the SQL statements a DataSource issues, so that a test can prove a request's statement
 * count does not grow with the number of rows it returns.
 */
export class StatementCountingLogger extends AbstractLogger {
  statements = 0;

  override logQuery(): void {
    this.statements += 1;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
}
