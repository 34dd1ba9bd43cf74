// Eleventy half of scripts/pack-test.js: builds examples/eleventy (Eleventy 3
// with @lit-labs/eleventy-plugin-lit) against the packed tarball and checks
// that the page it writes holds the elements' real content as declarative
// shadow DOM: the gauge's "+32", the tracker's stages; no loading state.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The shadow root markup the build wrote for the first `<tag …>`, without Lit's comment markers, or undefined. */
export function shadowOf(page, tag) {
  const at = page.indexOf(`<${tag}`);
  if (at < 0) return undefined;
  const m = page.slice(at).match(/^<[^>]*>\s*<template shadowroot(?:mode)?="open"[^>]*>([\s\S]*?)<\/template>/);
  return m?.[1].replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * Copies the example to `dir`, installs it with the tarball in place of
 * `waymark` (the rest at the versions its package.json pins), builds it.
 * Resolves to check results; `started` is when the pack test began.
 */
export async function eleventyChecks({ root, dir, tarball, seconds }) {
  const results = [];
  const step = async (name, fn) => {
    try {
      results.push({ name, ok: true, detail: (await fn()) ?? '' });
      return true;
    } catch (e) {
      results.push({ name, ok: false, detail: String(e.stderr || e.message).trim().split('\n').slice(0, 6).join(' | ') });
      return false;
    }
  };
  cpSync(join(root, 'examples/eleventy'), dir, { recursive: true, filter: (p) => !/node_modules|_site/.test(p) });
  const installed = await step('examples/eleventy: npm install with the tarball', async () => {
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: dir });
    return `Eleventy ${JSON.parse(readFileSync(join(dir, 'node_modules/@11ty/eleventy/package.json'), 'utf8')).version} (${seconds()})`;
  });
  if (!installed) return results;
  const built = await step('examples/eleventy: eleventy builds the page', async () => {
    const t = Date.now();
    await run(process.execPath, [join(dir, 'node_modules/@11ty/eleventy/cmd.cjs')], { cwd: dir });
    return `${((Date.now() - t) / 1000).toFixed(1)} s`;
  });
  if (!built) return results;
  const page = readFileSync(join(dir, '_site/index.html'), 'utf8');
  await step('examples/eleventy: <wm-score-gauge kind="nps" value="32"> is server-rendered with its score', () => {
    const shadow = shadowOf(page, 'wm-score-gauge');
    if (!shadow) throw new Error('no declarative shadow root after <wm-score-gauge>');
    if (!/part="value"[^>]*>\+32</.test(shadow)) throw new Error('its shadow root does not show the score +32');
    if (/part="loading"|class="spinner"/.test(shadow)) throw new Error('it shows the loading state');
    return 'aria-valuetext="' + shadow.match(/aria-valuetext="([^"]*)"/)?.[1] + '"';
  });
  await step('examples/eleventy: <wm-stage-tracker> given its journey inline is server-rendered with its stages', () => {
    const shadow = shadowOf(page, 'wm-stage-tracker');
    if (!shadow) throw new Error('no declarative shadow root after <wm-stage-tracker>');
    const stages = [...shadow.matchAll(/part="label" class="label">([^<]*)</g)].map((m) => m[1]);
    if (stages.join() !== 'Contract signed,Kick-off,Set-up,Go live') throw new Error(`stages: ${stages.join(', ') || 'none'}`);
    if (/part="loading"|class="spinner"/.test(shadow)) throw new Error('it shows the loading state');
    return stages.join(', ');
  });
  return results;
}
