// Page B: each window change also gives `data` again, so the element reloads
// and validates every touchpoint: what a window change cost before from/to
// stopped being load arguments (a hand-written DOM timeline at 100,000
// touchpoints takes minutes per run here, so it is not the baseline).
import { windowPage } from './touchpoint-window-page.js';

windowPage(true);
