import type { IndicatorDef } from '../model/indicator/schema';
import { withoutAsides } from './target-text';

/**
 * Which catalog indicator a target sentence names. Documents word an indicator many ways ("家庭医生签约服务覆盖率",
 * "县（区）域内基层就诊率", "医疗服务收入（不含药品、耗材…）占医疗收入比例"), so each built-in indicator has the
 * patterns of its usual wordings; any other indicator matches when the subject contains its name. More specific
 * indicators come first (重点人群签约 before 签约, 基层就诊率 before 县域内就诊率).
 */
interface Rule {
  id: string;
  subject: RegExp;
  /** Must also appear in the sentence (two indicators worded alike, told apart by their paragraph). */
  context?: RegExp;
}

const RULES: Rule[] = [
  { id: 'key-group-signing-coverage', subject: /重点人群.{0,8}签约(?:服务)?(?:覆盖)?率/ },
  { id: 'registered-population-signing-rate', subject: /规范签约率/ },
  { id: 'elderly-signing-fee-per-capita', subject: /(?:60|六十)岁(?:及)?以上.{0,12}签约服务费/ },
  { id: 'signing-coverage', subject: /家庭医生.{0,4}签约(?:服务)?(?:覆盖)?率|签约服务覆盖率|家庭医生签约覆盖/ },
  { id: 'health-management-rate', subject: /(?<!慢性病|慢病|老年人|高血压|糖尿病|重点人群)(?:居民)?健康管理率/ },
  { id: 'medical-technical-service-revenue-share', subject: /医疗技术服务收入/ },
  { id: 'medical-service-revenue-share', subject: /医疗服务收入.{0,10}(?:占|比例|比重)/ },
  { id: 'fiscal-subsidy-share-of-hospital-expenditure', subject: /财政(?:补助|投入)收入?占.{0,12}总支出/ },
  { id: 'personnel-expenditure-share', subject: /人员(?:支出|经费支出)占.{0,6}业务支出/ },
  { id: 'primary-care-visit-share', subject: /基层(?:医疗卫生机构)?就诊率|基层医疗卫生机构诊疗量占/ },
  { id: 'in-county-visit-rate', subject: /县域内?就诊率/ },
  { id: 'tcm-service-volume-share', subject: /中医药服务量/ },
  { id: 'tcm-technique-primary-institution-share', subject: /中医药特色技术.{0,12}机构/ },
  { id: 'village-clinic-standardization-rate', subject: /村卫生室.{0,10}达标/ },
  { id: 'village-doctors-per-thousand', subject: /千人口.{0,4}(?:村医|乡村医生)/ },
  {
    id: 'ncms-general-consultation-fee-per-capita',
    subject: /新农合.{0,8}支付限额|一般诊疗费.{0,12}新农合/,
    context: /一般诊疗费/,
  },
  { id: 'large-equipment-positive-rate', subject: /大型(?:医用)?设备检查阳性率/ },
  { id: 'appointment-rate-tertiary', subject: /三级.{0,10}预约(?:诊疗)?率/ },
  { id: 'appointment-rate-secondary', subject: /二级.{0,10}预约(?:诊疗)?率/ },
  { id: 'county-resource-sinking-coverage', subject: /资源.{0,6}下沉.{0,6}覆盖率/ },
  { id: 'lower-level-referral-outpatient-share', subject: /下级转诊占.{0,10}门诊/ },
  { id: 'township-health-center-compliance-rate', subject: /乡镇卫生院.{0,30}达标率/ },
  { id: 'village-basic-medical-coverage', subject: /村级基本医疗服务覆盖率/ },
  { id: 'geriatric-ward-share', subject: /(?:卫生院|卫生服务中心).{0,16}老年病房/ },
  { id: 'payment-platform-access-rate', subject: /(?:医疗单位|医疗机构).{0,4}接入.{0,8}平台/, context: /支付平台/ },
  {
    id: 'referral-platform-access-rate',
    subject: /(?:医疗单位|医疗机构).{0,4}接入.{0,8}平台/,
    context: /转诊.{0,6}平台/,
  },
  { id: 'community-health-staffing-ratio', subject: /社区卫生服务机构.{0,8}编制/ },
  { id: 'township-health-center-staffing-ratio', subject: /镇卫生院.{0,12}服务人口/ },
];

/** Unit families: a rule matches only a target whose unit fits the indicator's. */
function unitFits(indicatorUnit: string, unit: string): boolean {
  if (indicatorUnit === '%' || indicatorUnit === '‰') return unit === indicatorUnit;
  if (indicatorUnit.startsWith('元')) return unit.startsWith('元');
  if (indicatorUnit.includes('/千人口')) return unit.endsWith('/千人口');
  return unit === indicatorUnit;
}

export function matchIndicator(
  catalog: readonly IndicatorDef[],
  subject: string,
  sentence: string,
  unit: string,
): string | null {
  const plainSubject = withoutAsides(subject);
  const plainSentence = withoutAsides(sentence);
  const byId = new Map(catalog.map((def) => [def.id, def]));
  for (const rule of RULES) {
    const def = byId.get(rule.id);
    if (!def || !unitFits(def.unit, unit)) continue;
    if (rule.context && !rule.context.test(plainSentence)) continue;
    if (rule.subject.test(plainSubject)) return def.id;
  }
  for (const def of catalog) {
    if (RULES.some((r) => r.id === def.id) || !unitFits(def.unit, unit)) continue;
    if (plainSubject.includes(withoutAsides(def.name))) return def.id;
  }
  return null;
}
