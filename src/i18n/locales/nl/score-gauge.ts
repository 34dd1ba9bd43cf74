import type { TemplateMap } from '@lit/localize';

export const scoreGauge: TemplateMap = {
};
