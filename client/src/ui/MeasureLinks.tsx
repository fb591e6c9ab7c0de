import { Link } from 'react-router';

/** Links to measures, as 「1-1 先端技術産業…」. */
export function MeasureLinks({ measures }: { measures: { id: string; code: string; title: string }[] }) {
  return (
    <ul className="measure-list">
      {measures.map((m) => (
        <li key={m.id}>
          <Link to={`/measures/${m.id}`}>
            <span className="code">{m.code}</span> {m.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
