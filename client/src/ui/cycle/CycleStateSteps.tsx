import { cycleStates } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import type { CycleState } from '../../gql/graphql';

/** PREPARING → … → CLOSED with the current step marked, for eyes and screen readers alike. */
export function CycleStateSteps({ state }: { state: CycleState }) {
  const { t } = useTranslation();
  const current = cycleStates.indexOf(state);
  return (
    <ol className="steps" aria-label={t('cycle.stepsLabel')}>
      {cycleStates.map((s, i) => (
        <li key={s} className={i < current ? 'done' : i === current ? 'current' : undefined} aria-current={i === current ? 'step' : undefined}>
          {t(`cycle.states.${s}`)}
          {i === current && <span className="visually-hidden">{t('cycle.currentStep')}</span>}
        </li>
      ))}
    </ol>
  );
}
