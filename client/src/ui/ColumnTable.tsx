import type { ReactNode } from 'react';

type Props = { className: string; caption: ReactNode; columns: ReactNode[]; children: ReactNode };

/** A table that scrolls sideways on a narrow screen: its caption, one row of column headers, then the rows given. */
export function ColumnTable({ className, caption, columns, children }: Props) {
  return (
    <div className="table-scroll">
      <table className={className}>
        <caption>{caption}</caption>
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
