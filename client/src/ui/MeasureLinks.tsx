import { Link } from 'react-router';
import { RetiredBadge } from './RetiredBadge';

/** Links to measures, as 「1-1 先端技術産業…」. */
export function MeasureLinks({ measures }: { measures: { id: string; code: string; title: string; retiredFromFY?: number | null }[] }) {
  return (
    <ul className="measure-list">
      {measures.map((m) => (
        <li key={m.id}>
          <Link to={`/measures/${m.id}`}>
            <span className="code">{m.code}</span> {m.title}
          </Link>{' '}
          <RetiredBadge fromFY={m.retiredFromFY} />
        </li>
      ))}
    </ul>
  );
}
