import { useTranslation } from '../../app/i18n';
import { openDataPath } from './paths';

/** オープンデータ: the year's KPI figures as CSV and JSON, plain links (public, and the same figures as the page). */
export function OpenDataLinks({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="open-data-heading" className="open-data">
      <h2 id="open-data-heading">{t('published.openData')}</h2>
      <p>{t('published.openDataAbout')}</p>
      <ul className="actions">
        <li>
          <a href={openDataPath(cycleId, 'csv')} download>
            {t('published.csv')}
          </a>
        </li>
        <li>
          <a href={openDataPath(cycleId, 'json')} download>
            {t('published.json')}
          </a>
        </li>
      </ul>
    </section>
  );
}
