import { declarableNotGraded, parseBoundedInput } from '@kaizen/shared';
import { BadInputError } from '../../graphql/errors.js';
import type { Actual } from './actual.entity.js';
import type { SaveActualInput } from './actual.inputs.js';

type TypedActual = Pick<SaveActualInput, 'value' | 'notKnownReason' | 'notGraded' | 'note'>;

/**
 * An actual's figure as typed (`1,650`, `１６５０`, `75.1%`, `75%以上`), or why it is not yet known,
 * or why the year is not graded: the form's rules and the workbook import's, with the field at fault.
 */
export function actualFields(input: TypedActual): Pick<Actual, 'value' | 'valueBound' | 'notGraded' | 'notKnownReason' | 'note'> {
  const typed = input.value?.trim() ?? '';
  const reason = input.notKnownReason?.trim() ?? '';
  const notGraded = input.notGraded ?? null;
  if (notGraded) {
    if (!(declarableNotGraded as readonly string[]).includes(notGraded)) {
      throw new BadInputError('「目標なし」は計画が決めるもので、選べません / NO_TARGET follows from the plan and cannot be declared', 'notGraded');
    }
    if (!reason) throw new BadInputError('評価しない理由を入力してください / Give the reason the year is not graded', 'notKnownReason');
  } else if (typed && reason) {
    throw new BadInputError('値と「まだ分からない理由」は、どちらか一方だけを入力してください / Give either a value or why it is not yet known, not both', 'value');
  }
  const fields = { notGraded, note: input.note ?? '' };
  if (!typed) {
    if (!reason) throw new BadInputError('値か、まだ分からない理由を入力してください / Enter a value, or why it is not yet known', 'value');
    return { ...fields, value: null, valueBound: null, notKnownReason: reason };
  }
  const parsed = parseBoundedInput(typed);
  if (!parsed.ok) throw new BadInputError(`「${typed}」は数値として読めません / "${typed}" is not a number`, 'value');
  return { ...fields, value: parsed.value, valueBound: parsed.bound, notKnownReason: notGraded ? reason : null };
}

/** Late data: a figure may describe one of the five years before the cycle's, never a later one. */
export function actualPeriod(input: Pick<SaveActualInput, 'periodFiscalYear' | 'periodLabel'>, cycleYear: number): Pick<Actual, 'periodFiscalYear' | 'periodLabel'> {
  const year = input.periodFiscalYear ?? null;
  if (year !== null && (year > cycleYear || year < cycleYear - 5)) {
    throw new BadInputError(`対象期間は ${cycleYear - 5}〜${cycleYear} 年度の範囲で指定してください / The period must lie in FY${cycleYear - 5}–FY${cycleYear}`, 'periodFiscalYear');
  }
  return { periodFiscalYear: year === cycleYear ? null : year, periodLabel: input.periodLabel?.trim() || null };
}
