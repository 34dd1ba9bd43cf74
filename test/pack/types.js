// Type half of scripts/pack-test.js: compiles, against the installed package,
// the README's React 19 and Vue examples (taken from the installed README, so
// what the README shows is what compiles) and test/pack/types/wrong-*.{tsx,vue},
// whose wrong values are marked `@ts-expect-error` / `@vue-expect-error` (an
// expected error that does not happen fails the compile), with vue-tsc
// `--strict` for moduleResolution bundler and node16; and test/pack/bare.ts,
// every other entry, in a project with neither React nor Vue installed.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The first ```lang block in the README section whose heading (## or ###) matches `heading`. */
export function readmeBlock(readme, heading, lang) {
  const section = readme.split(/^#{2,3} /m).find((s) => heading.test(s.split('\n')[0]));
  const block = section?.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'))?.[1];
  if (!block) throw new Error(`the README has no \`\`\`${lang} block under a heading matching ${heading}`);
  return block;
}

const options = (resolution, libCheck) => ({
  strict: true, noEmit: true, skipLibCheck: !libCheck, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'],
  ...(resolution === 'bundler' ? { module: 'preserve', moduleResolution: 'bundler' } : { module: 'node16', moduleResolution: 'node16' }),
});

/** tsc (or vue-tsc) in `dir`; resolves to a check result. */
async function compile(name, dir, bin, config) {
  try {
    await run(join(dir, 'node_modules/.bin', bin), ['-p', config], { cwd: dir, encoding: 'utf8' });
    return { name, ok: true };
  } catch (e) {
    const errors = String(e.stdout || e.stderr || e.message).split('\n').filter((l) => /error/.test(l));
    return { name, ok: false, detail: errors.slice(0, 6).join(' | ') || String(e.message) };
  }
}

/**
 * Starts every compile at once, as child processes that run beside the rest of
 * the pack test; resolves to their check results. `project` has waymark, react,
 * @types/react, vue, typescript and vue-tsc installed; `bare` only the tarball
 * and typescript. Library checking costs most of the time: it is on where it
 * is the point (waymark's own declarations, with and without the frameworks'),
 * off for the second resolution mode of the examples.
 */
export function typeChecks({ root, project, bare, readme }) {
  const dir = join(project, 'types');
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, 'readme-react.tsx'), readmeBlock(readme, /^From npm, in an app/, 'tsx'));
    writeFileSync(join(dir, 'readme-vue.vue'), readmeBlock(readme, /^Vue$/, 'vue'));
  } catch (e) {
    return Promise.resolve([{ name: 'README has a React 19 JSX example and a Vue example in TypeScript', ok: false, detail: e.message }]);
  }
  for (const f of ['wrong-react.tsx', 'wrong-vue.vue']) copyFileSync(join(root, 'test/pack/types', f), join(dir, f));
  copyFileSync(join(root, 'test/pack/bare.ts'), join(bare, 'bare.ts'));
  const files = ['readme-react.tsx', 'readme-vue.vue', 'wrong-react.tsx', 'wrong-vue.vue'].map((f) => `types/${f}`);
  const jobs = [];
  for (const [resolution, libCheck] of [['bundler', true], ['node16', false]]) {
    writeFileSync(join(project, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions: { ...options(resolution, libCheck), jsx: 'react-jsx' }, files }));
    jobs.push(compile(
      `vue-tsc --strict (${resolution}${libCheck ? ', skipLibCheck off' : ''}): the README's React 19 and Vue examples compile, every wrong value is rejected`,
      project, 'vue-tsc', `tsconfig.${resolution}.json`,
    ));
  }
  for (const resolution of ['bundler', 'node16']) {
    writeFileSync(join(bare, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions: options(resolution, true), files: ['bare.ts'] }));
    jobs.push(compile(
      `tsc --strict (${resolution}, skipLibCheck off) without React or Vue installed: every other entry type-checks`,
      bare, 'tsc', `tsconfig.${resolution}.json`,
    ));
  }
  return Promise.all(jobs);
}
