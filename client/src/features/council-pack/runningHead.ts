import { useEffect } from 'react';

/** A CSS string: quotes and backslashes escaped, line breaks (never wanted in a running head) as spaces. */
export const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;

/**
 * The printed pages' running head (`@page council-pack`, top left), which names the cycle: CSS's
 * content() cannot read the page, and the CSP refuses a <style> element, so it is a stylesheet built
 * in script (CSSOM) and adopted while the pack is shown.
 */
export function useRunningHead(text: string | undefined) {
  useEffect(() => {
    if (!text) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page council-pack { @top-left { content: ${cssString(text)}; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text]);
}
