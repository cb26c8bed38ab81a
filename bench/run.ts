// npm run bench: every benchmark, each against its baseline run in the same
// process on the same input (ratios, not absolute timings, are the figures).
import { benchClean } from './clean.js';
import { benchMentions } from './mentions.js';

const only = process.argv[2];
if (!only || only === 'mentions') await benchMentions();
if (!only || only === 'clean') await benchClean();
