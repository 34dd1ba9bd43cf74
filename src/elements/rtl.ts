/** Whether `el` lays out right to left (its computed `direction`, however it got it: `dir`, CSS, inheritance). */
export const isRtl = (el: Element): boolean => getComputedStyle(el).direction === 'rtl';
