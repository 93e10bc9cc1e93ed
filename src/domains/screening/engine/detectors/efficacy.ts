// Efficacy claims × product category.
//
// A medicine or a registered medical device may state its indication: the medical_claim entries
// exclude 药品 and 医疗器械 already. A health food (保健食品, "blue hat") may state one of the
// functions its registration grants, in the registered wording (辅助降血脂, 增强免疫力), so a claim
// inside such a phrase is dropped for health food, but not for an ordinary food or a mattress. The
// category comes from the context, or from the registration marks a health-food listing carries
// when the caller sent none.
// Claims aimed at the elderly weigh more: a targeting phrase (长辈必备, 中老年人的福音) next to a
// claim is itself a finding, at severity 5.

/** Functions a 保健食品 registration may grant, in the registered wording (folded). */
export const APPROVED_HEALTH_FOOD_FUNCTIONS: readonly string[] = [
  '增强免疫力',
  '有助于增强免疫力',
  '辅助降血脂',
  '有助于维持血脂健康水平',
  '辅助降血糖',
  '有助于维持血糖健康水平',
  '辅助降血压',
  '有助于维持血压健康水平',
  '抗氧化',
  '辅助改善记忆',
  '缓解视疲劳',
  '促进排铅',
  '清咽',
  '改善睡眠',
  '有助于改善睡眠',
  '促进泌乳',
  '缓解体力疲劳',
  '提高缺氧耐受力',
  '改善生长发育',
  '增加骨密度',
  '改善营养性贫血',
  '祛痤疮',
  '祛黄褐斑',
  '改善皮肤水分',
  '调节肠道菌群',
  '促进消化',
  '通便',
  '对胃黏膜损伤有辅助保护功能',
  '对化学性肝损伤有辅助保护功能',
];

/** Marks a health-food listing carries: the category word, the blue hat, registration numbers. */
const HEALTH_FOOD_MARKS = ['保健食品', '蓝帽子', '国食健注', '国食健字', '卫食健字', '食健备'];

export function isHealthFood(folded: string, productCategory: string | undefined): boolean {
  if (productCategory !== undefined) return productCategory === '保健食品';
  return HEALTH_FOOD_MARKS.some((m) => folded.includes(m));
}

/** [start, end) of every approved-function phrase in the folded text. */
export function approvedFunctionSpans(folded: string): [number, number][] {
  const out: [number, number][] = [];
  for (const f of APPROVED_HEALTH_FOOD_FUNCTIONS) {
    for (let at = folded.indexOf(f); at !== -1; at = folded.indexOf(f, at + 1)) out.push([at, at + f.length]);
  }
  return out;
}

/** Words that show a medical claim is aimed at the elderly (folded). */
export const ELDERLY_WORDS: readonly string[] = [
  '叔叔阿姨',
  '大爷大妈',
  '老年人',
  '中老年',
  '爷爷奶奶',
  '老人家',
  '老人',
  '长辈',
  '爸妈',
];

/** A phrase that targets the elderly as buyers: 长辈必备, 中老年人的福音, 老人首选. */
const ELDERLY_TARGETING = /(?:中老年人?|老年人|老人家?|长辈|爸妈|父母)(?:们)?(?:必备|的福音|福音|首选|必买)/gu;

export function elderlyTargeting(folded: string): [number, number][] {
  const out: [number, number][] = [];
  ELDERLY_TARGETING.lastIndex = 0;
  for (let m = ELDERLY_TARGETING.exec(folded); m !== null; m = ELDERLY_TARGETING.exec(folded))
    out.push([m.index, m.index + m[0].length]);
  return out;
}
