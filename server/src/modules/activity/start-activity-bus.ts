import type { DataSource } from 'typeorm';
import { InProcessActivityBus, PostgresActivityBus, type ActivityBus } from './activity-bus.js';

/**
 * The bus of a server process: across processes through PostgreSQL's LISTEN/NOTIFY, or in memory
 * on the embedded PGlite, which only one process can open.
 */
export async function startActivityBus(dataSource: DataSource, embedded: boolean): Promise<{ bus: ActivityBus; stop(): Promise<void> }> {
  let bus: ActivityBus;
  if (embedded) {
    bus = new InProcessActivityBus();
  } else {
    const postgres = new PostgresActivityBus((dataSource.options as { url: string }).url);
    await postgres.start();
    bus = postgres;
  }
  dataSource.subscribers.push(bus);
  return {
    bus,
    async stop() {
      dataSource.subscribers.splice(dataSource.subscribers.indexOf(bus), 1);
      await bus.close();
    },
  };
}
