import { fiscalYearLabel } from '@kaizen/shared';
import { useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { formatDateTime } from '../../ui/format';
import type { PackStrategy } from './CouncilPackPage';

type Props = { cycle: { fiscalYear: number; state: string }; strategy: PackStrategy };

/** The first page: whose plan, which year's review, at which stage, when printed, and what follows. */
export function PackCover({ cycle, strategy }: Props) {
  const { t, i18n } = useTranslation();
  // When the page was opened: what the printed figures are as of.
  const [printedAt] = useState(() => new Date().toISOString());
  const year = fiscalYearLabel(cycle.fiscalYear);
  return (
    <section className="pack-page pack-cover" aria-labelledby="pack-title">
      <p className="eyebrow">{strategy.municipality}</p>
      <h1 id="pack-title">
        {strategy.title}
        <span className="block">{t('councilPack.title', { year })}</span>
      </h1>
      <dl className="facts pack-facts">
        <dt>{t('councilPack.fiscalYear')}</dt>
        <dd>{year}</dd>
        <dt>{t('councilPack.state')}</dt>
        <dd>{t(`cycle.states.${cycle.state}`)}</dd>
        <dt>{t('councilPack.printedAt')}</dt>
        <dd>
          <time dateTime={printedAt}>{formatDateTime(printedAt, i18n.language)}</time>
        </dd>
      </dl>
      <h2>{t('councilPack.contents')}</h2>
      <ol className="pack-contents">
        {strategy.goals.map((g) => (
          <li key={g.id}>
            <a href={`#pack-goal-${g.id}`}>
              {t('strategy.goal', { number: g.number })} {g.title}
            </a>
            <ol>
              {g.measures.map((m) => (
                <li key={m.id}>
                  <a href={`#pack-measure-${m.id}`}>
                    {t('councilPack.measure', { code: m.code })} {m.title}
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
