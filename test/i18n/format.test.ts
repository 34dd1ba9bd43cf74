import { expect } from '@open-wc/testing';
import { formatCount, formatDays, numberFormat, pluralOf } from '../../src/i18n/format.js';

describe('shared Intl formatting', () => {
  it('picks plurals by the language the sentence is in, not the number locale', () => {
    // A French page reads English sentences: English rules ("0 touchpoints"), though French calls 0 singular.
    expect(pluralOf('fr-FR', 0)).to.equal('other');
    expect(new Intl.PluralRules('fr').select(0)).to.equal('one');
    expect(pluralOf('de-AT', 1)).to.equal('one');
    expect(pluralOf('nl', 2)).to.equal('other');
  });

  it('counts the digits shown: "1 point" but "1.0 points"', () => {
    expect(pluralOf('en', 1, { minimumFractionDigits: 0, maximumFractionDigits: 0 })).to.equal('one');
    expect(pluralOf('en', 1, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).to.equal('other');
  });

  it('formats in the element locale and falls back to English for a malformed one', () => {
    expect(formatCount('de', 1234.4)).to.equal('1.234');
    expect(formatDays('nl', 3)).to.equal('3 dagen');
    expect(formatCount('not a locale!', 1234)).to.equal('1,234');
    expect(numberFormat('de', { style: 'percent' })).to.equal(numberFormat('de', { style: 'percent' }));
  });
});
