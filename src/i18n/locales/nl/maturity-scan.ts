import type { TemplateMap } from '@lit/localize';

export const maturityScan: TemplateMap = {
};
