// A V8 CPU profile of a page call (CDP Profiler), summarised per function.

/** Runs `fn()` while the V8 sampling profiler records `page`; returns `{ result, profile }`. */
export async function profileCpu(page, fn, intervalUs = 100) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  const result = await fn();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return { result, profile };
}

const keyOf = ({ functionName, url, lineNumber, columnNumber }) => `${functionName}|${url}|${lineNumber}|${columnNumber}`;

/**
 * Self and total (inclusive, each sample counted once per function) ms per
 * function, largest self first. `(idle)` is left out.
 */
export function functionTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const rows = new Map();
  const row = (frame) => {
    const k = keyOf(frame);
    if (!rows.has(k)) rows.set(k, { ...frame, self: 0, total: 0 });
    return rows.get(k);
  };
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const ms = (timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = nodes.get(samples[i]);
    if (leaf.callFrame.functionName === '(idle)') continue;
    row(leaf.callFrame).self += ms;
    const seen = new Set();
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const k = keyOf(nodes.get(id).callFrame);
      if (!seen.has(k)) { seen.add(k); row(nodes.get(id).callFrame).total += ms; }
    }
  }
  return [...rows.values()].filter((r) => r.functionName !== '(root)').sort((a, b) => b.self - a.self);
}
