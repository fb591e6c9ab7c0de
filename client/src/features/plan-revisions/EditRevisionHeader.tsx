import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { firstGraphQLError } from '../../ui/graphqlErrors';
import { CurrentHeader, type CurrentRevision } from './CurrentHeader';
import { RevisionHeaderForm } from './RevisionHeaderForm';
import { periodYears } from './revisionYears';

const UpdatePlanRevisionMutation = graphql(`
  mutation UpdatePlanRevision($id: ID!, $expectedVersion: Int!, $input: PlanRevisionInput!) {
    updatePlanRevision(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      title
      effectiveFiscalYear
      decidedBy
      decidedOn
      reason
      version
      updatedAt
    }
  }
`);

type Props = {
  revision: CurrentRevision & { id: string };
  period: { periodStartFY: number; periodEndFY: number };
  onDone: (message: string | null) => void;
};

/** A draft's title, year, decision and reason (政策企画課), saved against the version it was read at. */
export function EditRevisionHeader({ revision, period, onDone }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [update] = useMutation(UpdatePlanRevisionMutation);
  // The version the form's values were read at: a write over someone else's is refused (CONFLICT).
  const [version, setVersion] = useState(revision.version);
  const [theirs, setTheirs] = useState<CurrentRevision | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), []);
  useEffect(() => {
    if (theirs) notice.current?.focus();
  }, [theirs]);

  return (
    <section ref={panel} tabIndex={-1} className="card revision-edit" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planRevisions.header.edit')}</h2>
      <RevisionHeaderForm
        labelledBy={headingId}
        initial={{ title: revision.title, effectiveFiscalYear: revision.effectiveFiscalYear, decidedBy: revision.decidedBy ?? '', decidedOn: revision.decidedOn ?? '', reason: revision.reason }}
        years={periodYears(period)}
        submitLabel={t('planRevisions.header.save')}
        onSubmit={async (input) => {
          await update({ variables: { id: revision.id, expectedVersion: version, input } });
          onDone(t('planRevisions.header.saved'));
        }}
        onRefused={(error) => {
          const info = firstGraphQLError(error);
          if (info?.code !== 'CONFLICT') return false;
          // Theirs is shown beside what was typed here, which stays: saving again writes it over theirs.
          const current = info.extensions.current as CurrentRevision;
          setTheirs(current);
          setVersion(current.version);
          return true;
        }}
        onCancel={() => onDone(null)}
      >
        {theirs && (
          <div ref={notice} tabIndex={-1} className="conflict" role="alert">
            <p>
              <strong>{t('planRevisions.header.conflict')}</strong>
            </p>
            <CurrentHeader current={theirs} />
          </div>
        )}
      </RevisionHeaderForm>
    </section>
  );
}
