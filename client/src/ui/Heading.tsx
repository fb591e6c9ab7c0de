import { createElement, type HTMLAttributes, type Ref } from 'react';

export type Level = 2 | 3 | 4 | 5 | 6;

/** A heading whose level the page decides: the same thread sits under an h2 or an h3. */
export function Heading({ level, ...props }: { level: Level; ref?: Ref<HTMLHeadingElement> } & HTMLAttributes<HTMLHeadingElement>) {
  return createElement(`h${level}`, props);
}

export const below = (level: Level): Level => Math.min(level + 1, 6) as Level;
