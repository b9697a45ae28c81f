import { HtmlValidate } from 'html-validate';

// html-validate's recommended rules, minus one that contradicts a choice we made:
// - long-title: the <title> is "kicker: headline" and Arabic headlines with a kicker are
//   routinely over 70 characters; cutting them would also cut the PDF's Title.
export const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
}
