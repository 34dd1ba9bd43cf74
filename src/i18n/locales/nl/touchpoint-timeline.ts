import type { TemplateMap } from '@lit/localize';

export const touchpointTimeline: TemplateMap = {
};
