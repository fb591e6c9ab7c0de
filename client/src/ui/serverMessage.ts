/** The server words refusals "日本語 / English": the half in the page's language. */
export function inLanguage(message: string, language: string): string {
  const [ja, en] = message.split(' / ');
  return (language === 'en' ? en : ja) ?? message;
}
