import { useId, type ReactNode } from 'react';

type Props = { className: string; caption: ReactNode; columns: ReactNode[]; children: ReactNode };

/**
 * A table that scrolls sideways on a narrow screen: its caption, one row of column headers, then the
 * rows given. The scrolling box is a named region in the tab order, so that a keyboard can scroll it.
 */
export function ColumnTable({ className, caption, columns, children }: Props) {
  const id = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className={className}>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
