import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../../lib/db/database';
import {
  indicatorChoices,
  mergedCatalog,
  removeUserIndicator,
  saveCustomIndicator,
  saveTargets,
  userIndicatorDefs,
} from '../../../lib/db/custom-indicators';
import { indicatorDef } from '../../../lib/model/indicator/schema';
import { evaluateIndicator } from '../../../lib/model/indicator/evaluate';
import { customDefFromDraft, type CustomIndicatorDraft } from '../../../lib/ui/indicators/custom-def';
import { failureText } from '../../helpers/fake-i18n';

let db: ReformDb;
let n = 0;
const fresh = () => (db = openDb(`custom-${++n}`));
afterEach(async () => {
  await db?.delete();
});

const draft: CustomIndicatorDraft = {
  name: '慢病规范管理率',
  unit: '%',
  numLabel: '规范管理人数',
  numUnit: '人',
  numAggregation: 'stock',
  denLabel: '慢病患者数',
  denUnit: '人',
  denAggregation: 'stock',
  op: '>=',
  value: '60',
  by: '2026-12',
  definition: '',
};

describe('user indicators and targets', () => {
  it('adds an indicator of the user’s own, validated by the catalog schema, after the built-in ones', async () => {
    fresh();
    const def = await saveCustomIndicator(db, customDefFromDraft(draft, 'AB12'), 1);
    const merged = await mergedCatalog(db);
    expect(merged.at(-1)).toEqual(def);
    expect(merged).toHaveLength(29);
    // A document's target can be added to it too: the target confirmation lists it after the built-in ones.
    const choices = await indicatorChoices(db);
    expect(choices.at(-1)).toEqual({ id: def.id, name: '慢病规范管理率' });
    expect(choices).toHaveLength(29);
    const r = evaluateIndicator(def, [{ month: '2026-03', values: { myAB12Num: 50, myAB12Den: 100 } }], {
      asOf: '2026-03',
    });
    expect(r).toMatchObject({ value: 50, status: 'unmet', needed: 10 });
  });

  it('refuses a def the schema refuses, and a built-in id', async () => {
    fresh();
    expect(await failureText(saveCustomIndicator(db, customDefFromDraft({ ...draft, name: ' ' }, 'AB12')))).toContain(
      '指标名称不能为空',
    );
    const parsed = indicatorDef.parse(customDefFromDraft(draft, 'AB12'));
    expect(await failureText(saveCustomIndicator(db, { ...parsed, id: 'signing-coverage' }))).toContain(
      '与内置指标重复',
    );
    expect(await db.indicators.count()).toBe(0);
  });

  it('changes a built-in target and deadline without touching its formula, and can go back', async () => {
    fresh();
    await saveTargets(db, 'signing-coverage', [{ op: '>=', value: 60, by: '2027-12', source: null, clause: '' }], 1);
    const changed = (await mergedCatalog(db)).find((d) => d.id === 'signing-coverage')!;
    expect(changed.targets).toEqual([{ op: '>=', value: 60, by: '2027-12', source: null, clause: '' }]);
    expect(changed.numerator).toEqual({ plus: ['signed'], minus: [] });
    await removeUserIndicator(db, 'signing-coverage');
    expect((await mergedCatalog(db)).find((d) => d.id === 'signing-coverage')!.targets[0]).toMatchObject({
      op: '>=',
      value: 50,
    });
  });

  it('skips a stored entry that no longer fits the schema instead of breaking the page', async () => {
    fresh();
    await db.indicators.put({ id: 'broken', def: { id: 'broken', name: 42 }, updatedAt: 1 });
    expect(await userIndicatorDefs(db)).toEqual([]);
    expect(
      await failureText(saveTargets(db, 'nope', [{ op: '>=', value: 1, by: null, source: null, clause: '' }])),
    ).toContain('指标不存在');
  });
});
