/**
 * The rule half of the parser: normalisation, emergencies, urgency and
 * location. Its output feeds
 * the trained classifier as features and keeps the fields rules are good at
 * (emergencies stay rule-decided, recall 1.0). Pure, and independent of the
 * model, so the trainer computes exactly the features the parser will.
 */
import { checkEmergency, sentenceAround, type EmergencyCheck } from './emergency';
import { followUpSignals } from './follow-up';
import { isForward, isForwardOrAd, isPureChatter, isResolvedFollowUp, resolvedFrom } from './intent';
import { extractLocation, normalizeGroupBuilding, type Location } from './location';
import type { RuleSignals } from './model/features';
import { normalize } from './normalize';

/** An explicit call for emergency help: never silenced by a "fixed"/"forwarded" reading. */
const CRY_NOW = /救命|快来人|快(?:打|叫|报)|赶紧(?:打|叫|报警)|(?:打|叫)了?(?:120|119|110)|已经打了?(?:120|119|110)/;

export interface RuleView {
  original: string;
  normalized: string;
  location: Location;
  check: EmergencyCheck;
  signals: RuleSignals;
}

/**
 * Where the danger is, when a message of several matters names it in a sentence of its own with its unit or room
 * ("第一，2单元门口地砖翘了…第三，刚才经过4单元闻到好浓的煤气味"): the worker runs there, not to the first place named.
 * What that sentence leaves out comes from the whole message ("我是4栋2单元的…刚刚路过1203门口…冒烟"), but not a
 * room of another unit.
 */
function dangerPlace(normalized: string, at: number, groupBuilding: string | null, whole: Location): Location {
  const sentence = sentenceAround(normalized, at);
  if (sentence.length === normalized.length) return whole;
  const place = extractLocation(sentence, groupBuilding);
  if (place.unit === null && place.room === null) return whole;
  const otherUnit = place.unit !== null && place.unit !== whole.unit;
  return {
    building: place.building !== groupBuilding ? place.building : whole.building,
    unit: place.unit ?? whole.unit,
    room: place.room ?? (otherUnit ? null : whole.room),
  };
}

// Plain functions, not closures made per message: the dev runner (tsx) names every closure as it is made.
function fixedThenDanger(normalized: string, read: EmergencyCheck): boolean {
  return read.kind !== null && !resolvedFrom(normalized, read.at);
}

/**
 * A notice or hearsay quiets the danger it tells of, not one told apart from it
 * ("听说在讨论换物业的事。…我刚才看到一楼那户的窗户里往外冒白烟").
 */
function passedAlong(normalized: string, read: EmergencyCheck): boolean {
  return isForward(normalized) || (isForwardOrAd(normalized) && (read.at < 0 || isForwardOrAd(sentenceAround(normalized, read.at))));
}

export function ruleView(text: unknown, groupBuildingRaw: string | null | undefined): RuleView {
  const original = typeof text === 'string' ? text : String(text ?? '');
  const normalized = normalize(original);
  const groupBuilding = normalizeGroupBuilding(groupBuildingRaw);

  // A closed problem, a forwarded safety tip or an ad is not an emergency
  // even when it names one.
  // …unless it cries for help now ("师傅在修配电箱的时候触电了 … 快打120").
  // …nor when the good news comes first and the danger after it
  // ("先说个好消息，窗户都修好了。再说个急事：水管子刚才突然裂了").
  const read = checkEmergency(normalized);
  const quiet = ((isResolvedFollowUp(normalized) && !fixedThenDanger(normalized, read)) || passedAlong(normalized, read)) && !CRY_NOW.test(normalized);
  const check: EmergencyCheck = quiet ? { kind: null, urgent: false, dismissed: read.dismissed, outageOnly: false, animalOnly: false, witnessed: false, at: -1 } : read;
  const whole = extractLocation(normalized, groupBuilding);
  const location = check.kind === null ? whole : dangerPlace(normalized, check.at, groupBuilding, whole);
  return {
    original,
    normalized,
    location,
    check,
    signals: {
      emergencyKind: check.kind,
      urgent: check.urgent,
      hasUnit: location.unit !== null,
      hasRoom: location.room !== null,
      pureChatter: isPureChatter(normalized),
      setAside: quiet,
      ...followUpSignals(normalized),
    },
  };
}
