import type {} from 'waymark/jsx-react';
import type { Journey } from 'waymark/schema';

export const wrong = (journey: Journey) => (
  <>
    {/* @ts-expect-error data takes a Journey, not a number */}
    <wm-stage-tracker data={42} />
    {/* @ts-expect-error orientation is horizontal | vertical | auto */}
    <wm-stage-tracker data={journey} orientation="diagonal" />
    {/* @ts-expect-error a StageSelectEvent has no detail.touchpoint */}
    <wm-stage-tracker onwm-stage-select={(e) => e.detail.touchpoint} />
    {/* @ts-expect-error the gauge's value is a number */}
    <wm-score-gauge kind="nps" value="32" />
    {/* @ts-expect-error kind is nps | csat | ces | health | score */}
    <wm-score-gauge kind="roi" value={32} />
    {/* @ts-expect-error group-by is channel | stage | none */}
    <wm-touchpoint-timeline group-by="day" />
    {/* @ts-expect-error no such property */}
    <wm-journey-score weight={{ nps: 1 }} />
    {/* @ts-expect-error the scan's change event carries progress, not stage */}
    <wm-maturity-scan onwm-scan-change={(e) => e.detail.stage} />
    {/* @ts-expect-error type is rest | static */}
    <wm-data-source type="graphql" />
  </>
);

// What is right compiles.
export const right = (journey: Journey) => (
  <>
    <wm-stage-tracker data={journey} orientation="vertical" variant="compact" selectable selected="purchase" className="tracker" />
    <wm-score-gauge kind="nps" value={32} previous={20} label="NPS" trend onwm-load={(e) => e.detail.data.value} />
    <wm-journey-score journey="get-help" source="crm" weights={{ nps: 2 }} onwm-error={(e) => e.detail.kind} />
    <wm-maturity-scan mode="single" autosave="off" required onwm-scan-complete={(e) => e.detail.result.level} />
    <wm-touchpoint-timeline group-by="stage" channels="web email" onwm-touchpoint-select={(e) => e.detail.touchpoint.channel} />
    <wm-data-source id="crm" type="rest" base-url="/api" timeout-ms={5000} onwm-adapter-change={(e) => e.detail.adapter} />
  </>
);
