import { useCycleActivity } from './useCycleActivity';

type OpenCycle = { id: string; activitySeq: string };

/**
 * Follows every cycle under review (REVIEWING, RESPONDING: while threads are written and
 * answered; during collecting every save would refetch everyone's pages, and entries are counted
 * by polling anyway), so that the header's counts move as others write. Renders nothing.
 */
export function FollowOpenCycles({ cycles }: { cycles: readonly OpenCycle[] }) {
  return (
    <>
      {cycles.map((c) => (
        <Follow key={c.id} cycleId={c.id} since={c.activitySeq} />
      ))}
    </>
  );
}

function Follow({ cycleId, since }: { cycleId: string; since: string }) {
  useCycleActivity(cycleId, since);
  return null;
}
