// Page A: a window change redraws from the touchpoints the element holds.
import { windowPage } from './touchpoint-window-page.js';

windowPage(false);
