// htxpress mentions [--json]: the mention layer on the command line.
import { parseArgs } from 'node:util';
import { findMentions } from '../../extractors/mentions/index.js';
import { normalizeText } from '../../extractors/normalize.js';
import { DEFAULT_MAX_BYTES, readStdin } from '../inputs.js';

export const MENTIONS_HELP = `Usage: htxpress mentions [--json] [--date YYYY-MM-DD] [--period START..END] < text.txt

Reads UTF-8 text on stdin (NFC-normalised first; offsets point into that
normalised text) and prints one mention per line: numbers, percentages,
money (value in VND), areas, ratios, ranges, multiples, dates (YYYY-MM-DD),
periods ({start, end}) and references (phone numbers, legal documents …).

Options:
  --json               JSON Lines: {kind, text, start, end, value, …}
  --date <iso>         reference date for day-relative words (hôm nay, năm nay)
  --period <s>..<e>    report period that relative periods (cùng kỳ năm trước) resolve against
  --help               this text`;

export async function mentionsCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      date: { type: 'string' },
      period: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(MENTIONS_HELP + '\n');
    return 0;
  }
  let reportPeriod = null;
  if (values.period) {
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(values.period);
    if (!m) {
      process.stderr.write(`htxpress mentions: --period is START..END in ISO dates, not "${values.period}"\n`);
      return 2;
    }
    reportPeriod = { label: values.period, start: m[1]!, end: m[2]! };
  }
  const bytes = await readStdin(DEFAULT_MAX_BYTES);
  const text = normalizeText(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
  const mentions = findMentions(text, { reportPeriod, referenceDate: values.date ?? null });
  const out: string[] = [];
  for (const m of mentions) {
    if (values.json) out.push(JSON.stringify(m));
    else out.push(`${m.start}\t${m.end}\t${m.kind}\t${m.text}\t${typeof m.value === 'object' && m.value !== null ? `${m.value.start}..${m.value.end ?? ''}` : String(m.value)}${m.unit ? `\t${m.unit}` : ''}`);
  }
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  return 0;
}
