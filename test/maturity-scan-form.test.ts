import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/maturity-scan/define.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import { journeyManagementScan } from '../src/data/scans/journey-management.js';
import { scanResult } from '../src/metrics/scan.js';
import { $, $$, partRendered, text } from './helpers/setup.js';

const questions = journeyManagementScan.questions;
const answers = Object.fromEntries(questions.map((q, i) => [q.id, (i % 5) + 1]));

async function inForm(attrs = html`<wm-maturity-scan name="maturity" autosave="off" required></wm-maturity-scan>`) {
  const form = await fixture<HTMLFormElement>(html`<form>${attrs}<button>Send</button></form>`);
  const el = form.querySelector('wm-maturity-scan') as MaturityScan;
  await partRendered(el, 'question');
  return { form, el };
}

describe('wm-maturity-scan: in a <form>', () => {
  it('is a form control: its value in FormData is the JSON of answers and result', async () => {
    const { form, el } = await inForm();
    expect(el.form).to.equal(form);
    expect(JSON.parse(new FormData(form).get('maturity') as string)).to.deep.equal({ answers: {}, result: null });
    el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${questions[0]!.id}"]`)[4]!.click();
    await el.updateComplete;
    const partial = JSON.parse(new FormData(form).get('maturity') as string);
    expect(partial.answers).to.deep.equal({ [questions[0]!.id]: 5 });
    expect(partial.result.score).to.equal(100);
    el.value = answers;
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('maturity') as string)).to.deep.equal({
      answers, result: scanResult(journeyManagementScan, answers),
    });
  });

  it('with required, blocks the form until every question is answered and marks what is missing', async () => {
    const { form, el } = await inForm();
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    el.value = { ...answers, [questions[17]!.id]: undefined as unknown as number };
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('1 question still needs an answer.');
    expect(form.checkValidity()).to.equal(false);
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(0);
    // The question is on the last page: the scan goes there and focuses it.
    expect(text($(el, '.step'))).to.equal('Part 6 of 6');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector(`input[name="${questions[17]!.id}"]`));
    expect($$(el, '[part~="invalid"]')).to.have.length(1);
    el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${questions[17]!.id}"]`)[1]!.click();
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(1);
  });

  it('is valid without required whatever is answered', async () => {
    const { form, el } = await inForm(html`<wm-maturity-scan name="m" autosave="off"></wm-maturity-scan>`);
    expect(el.willValidate).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
    expect(form.reportValidity()).to.equal(true);
  });

  it('form reset clears the answers; a browser state restore brings them back', async () => {
    const { form, el } = await inForm();
    el.value = answers;
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal({});
    expect(el.shadowRoot!.querySelectorAll('input:checked')).to.have.length(0);
    el.formStateRestoreCallback(JSON.stringify({ answers: { [questions[2]!.id]: 3, junk: 7 } }));
    await el.updateComplete;
    expect(el.value).to.deep.equal({ [questions[2]!.id]: 3 });
    el.formStateRestoreCallback('not json');
    expect(el.value).to.deep.equal({ [questions[2]!.id]: 3 });
  });

  it('a disabled fieldset disables every question and button', async () => {
    const wrap = await fixture<HTMLFieldSetElement>(html`<fieldset disabled><wm-maturity-scan autosave="off"></wm-maturity-scan></fieldset>`);
    const el = wrap.querySelector('wm-maturity-scan') as MaturityScan;
    await partRendered(el, 'question');
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input').every((i) => i.matches(':disabled'))).to.equal(true);
    expect($$<HTMLButtonElement>(el, 'button').every((b) => b.disabled)).to.equal(true);
    wrap.disabled = false;
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input').some((i) => i.matches(':disabled'))).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
