import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export function activityLoaders(dataSource: DataSource) {
  return {
    /** Each cycle's latest feed position ('0' before any write): one query per batch of cycles. */
    activitySeqByCycleId: new DataLoader<string, string>(async (cycleIds) => {
      const rows = await dataSource.query<{ cycle_id: string; seq: string }[]>(
        `SELECT cycle_id, MAX(seq)::text AS seq FROM audit_entry WHERE cycle_id = ANY($1::uuid[]) GROUP BY cycle_id`,
        [cycleIds],
      );
      const seqs = new Map(rows.map((r) => [r.cycle_id, r.seq]));
      return cycleIds.map((id) => seqs.get(id) ?? '0');
    }),
  };
}
