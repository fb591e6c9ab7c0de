import { Fragment } from 'react';

// Trailing punctuation (Japanese or ASCII) usually ends the sentence, not the address.
const URL = /https?:\/\/[^\s<>"'（）「」『』、。]+[^\s<>"'（）「」『』、。.,;:!?)]/g;

/**
 * A post as its author typed it: text nodes only (markup stays visible as text), line breaks kept
 * by CSS, and http(s) addresses as links that do not hand the page to the site they open.
 */
export function PlainText({ text, id }: { text: string; id?: string }) {
  const parts: (string | { href: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(URL)) {
    parts.push(text.slice(last, match.index), { href: match[0] });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <div className="post-text" id={id}>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <a key={i} href={part.href} rel="noopener noreferrer" target="_blank">
            {part.href}
          </a>
        ),
      )}
    </div>
  );
}
