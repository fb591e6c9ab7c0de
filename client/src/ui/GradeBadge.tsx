import { NO_VALUE } from '@kaizen/shared';

type Props = {
  grade: string | null | undefined;
  /** Why there is no grade (Progress.notGraded): the scale's label for it is shown plain, not as a grade. */
  notGraded?: string | null;
};

/**
 * A grade as every page shows it: a badge of the grade's colour (A, B, …; a scale's own labels get
 * the plain badge), or, with no grade (not graded, not entered), its label or the one dash, plain.
 */
export function GradeBadge({ grade, notGraded }: Props) {
  if (!grade || grade === NO_VALUE || notGraded) return <span className="grade grade-none">{grade || NO_VALUE}</span>;
  return <span className={`grade grade-${grade}`}>{grade}</span>;
}
