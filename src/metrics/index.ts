// Pure score functions (NPS, CSAT, CES, composites, scan scoring) land here.
export {};
