import { useTranslation } from '../../app/i18n';
import type { ActualEditor_ActualFragment } from '../../gql/graphql';
import { ActualValueText } from '../../ui/ActualValueText';

/** An entry as saved, read-only. */
export function ActualDetails({ actual, unit }: { actual: ActualEditor_ActualFragment | null; unit: string }) {
  const { t } = useTranslation();
  if (!actual) return <p>{t('entry.nothingSaved')}</p>;
  return (
    <dl className="facts">
      <dt>{t('entry.value')}</dt>
      <dd>
        <strong>
          <ActualValueText actual={actual} unit={unit} />
        </strong>
      </dd>
      {actual.notGraded && (
        <>
          <dt>{t('entry.notGraded')}</dt>
          <dd>
            {t(`entry.notGradedOptions.${actual.notGraded}`)}
            {actual.notKnownReason && `（${actual.notKnownReason}）`}
          </dd>
        </>
      )}
      {actual.note && (
        <>
          <dt>{t('entry.note')}</dt>
          <dd className="pre-wrap">{actual.note}</dd>
        </>
      )}
      {actual.evidenceLinks.length > 0 && (
        <>
          <dt>{t('entry.links')}</dt>
          <dd>
            <ul className="plain-list">
              {actual.evidenceLinks.map((link) => (
                <li key={link}>
                  <a href={link} target="_blank" rel="noreferrer noopener">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
