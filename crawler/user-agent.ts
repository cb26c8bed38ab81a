// One identity for every request the crawler makes, so site operators can see
// who we are and where to complain; robots.txt groups are matched on the token.
import { packageVersion } from '../extractors/paths.js';

export const USER_AGENT_TOKEN = 'htxpress';
export const PROJECT_URL = 'https://github.com/htxpress/htxpress';

export function userAgent(): string {
  return `${USER_AGENT_TOKEN}/${packageVersion()} (+${PROJECT_URL})`;
}
