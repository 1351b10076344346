/**
 * Blind sets the committed model has never trained on (tests/fixtures/unseen/),
 * 250 messages each, written by helpers who never saw the model or the code
 * (docs/labelling.md, "How a blind set is written"). scripts/intake/data.ts
 * does not read this folder; when the next sets have been first measured,
 * these move to tests/fixtures/blind/ and into training, if the retrained
 * model holds up (docs/intake.md; the retraining with ci–cl did not).
 *
 * ci, cj, ck, cl (2026-12-06: Yanbian; Jiujiang, Jingdezhen and Shangrao;
 *   Tianshui, Pingliang and Qingyang; Jiangmen, Zhongshan and Zhuhai), first
 *   measured on 2e2b63d (the model trained on the corpus and g–cd): intent /
 *   category / location / recall / precision ci 0.996 / 0.992 / 0.992 / 0.885 /
 *   1.000 (three missed: a feverish girl home alone who cannot stand, a roof
 *   shed flapping in the wind over the school path, a man face down in the
 *   snow), cj 0.992 / 0.977 / 1.000 / 1.000 / 1.000, ck 0.980 / 0.992 / 0.992 /
 *   1.000 / 0.962 (1.3% of chatter answered in public), cl 1.000 / 1.000 /
 *   0.985 / 1.000 / 0.929 (a lost child already with the writer, and gas
 *   "琴晚", last night, in Cantonese). Those went into the rules; then the
 *   model was retrained with ce–ch (not with these). On it: recall 1 on all
 *   four (no longer an unseen figure for ci), ck 2.6% of chatter answered in
 *   public (2 of 78: "地下室有车的赶紧挪车！" and a relayed notice of new rubbish
 *   collection times), the rest at or above
 *   the first measurement.
 * cm, cn, co, cp (2026-12-06: Hulunbuir; Quanzhou, Jinjiang and Shishi;
 *   Zunyi, Bijie and Liupanshui; Xuzhou, Lianyungang and Suqian), first
 *   measured on 68ac8a6: cm 0.996 / 0.985 / 0.992 / 1.000 / 0.926, cn 0.996 /
 *   0.992 / 1.000 / 0.962 / 1.000 (rain through a typhoon-stripped roof
 *   faster than the buckets catch it, in Minnan, missed), co 0.992 / 1.000 /
 *   0.992 / 1.000 / 1.000, cp 0.996 / 0.992 / 1.000 / 1.000 / 1.000: cm, co
 *   and cp met every goal. cn's miss, cm's false alarm ("这要着火了咋整") and
 *   co's room ("一零二一家三口" read as 1021) went into the rules. The model
 *   was then retrained with ci–cl and not adopted: the new emergency head
 *   dropped two probe emergencies (a car half buried by a landslide with
 *   someone calling inside, 0.400 → 0.078; water and "滋滋放电声" in a
 *   switch room, 0.175 → 0.086) and alarmed on an old man asking for help
 *   with a gas cylinder. So ci–cl stay out of training with cm–cp, all eight
 *   unseen by the model of 68ac8a6.
 */
import { checkBlindSet, type BlindFloor } from './blind-set-checks';

// chatterPublic: where a set misses the goal of 2%.
const FLOORS: Record<string, BlindFloor> = {
  ci: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
  cj: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
  ck: { intent: 0.98, category: 0.99, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.026 },
  cl: { intent: 0.99, category: 0.99, location: 0.98, recall: 1, precision: 0.99 },
  cm: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 0.96 },
  cn: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
  co: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
  cp: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
};

for (const [name, floor] of Object.entries(FLOORS)) {
  checkBlindSet(`unseen/blind-${name}.jsonl`, `blind set ${name}, never trained on`, floor);
}
