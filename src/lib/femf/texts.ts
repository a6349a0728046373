/**
 * Every text a session holds, each with a Danish label saying where it is, so a check (the CPR guard) can name
 * the field: «Gruppe 1 · Forstå · guld, punkt 2». Pure.
 */
import { ACTION_FIELDS, ACTION_LABELS, type Session } from './document';

export interface LabelledText { label: string; text: string }

export function sessionTexts(s: Session): LabelledText[] {
  const out: LabelledText[] = [
    { label: 'Sessionens navn', text: s.name },
    { label: 'Sessionens tema', text: s.theme },
    { label: 'Facilitatorens opsamling', text: s.plenary },
  ];
  s.groups.forEach((g, gi) => {
    const at = `${g.name.trim() || `Gruppe ${gi + 1}`} · `;
    out.push({ label: `Navn på gruppe ${gi + 1}`, text: g.name });
    out.push({ label: `${at}Fokuser · tema`, text: g.theme }, { label: `${at}Fokuser · hvorfor`, text: g.why });
    g.gold.forEach((x, i) => out.push({ label: `${at}Forstå · guld, punkt ${i + 1}`, text: x.text }));
    g.learning.forEach((x, i) => out.push({ label: `${at}Forstå · læring, punkt ${i + 1}`, text: x.text }));
    out.push({ label: `${at}Forestil · visionen`, text: g.vision });
    g.goals.forEach((m, i) => {
      out.push({ label: `${at}Fastslå · mål ${i + 1}`, text: m.text });
      m.subGoals.forEach((x, j) => out.push({ label: `${at}Fastslå · mål ${i + 1}, delmål ${j + 1}`, text: x.text }));
    });
    g.actions.forEach((a, i) => ACTION_FIELDS.forEach((f) => out.push({ label: `${at}Frigør · række ${i + 1}, ${ACTION_LABELS[f].toLowerCase()}`, text: a[f] })));
  });
  return out.filter((t) => t.text !== '');
}

/** The labels of the texts in which `detect` finds something (for the CPR guard), in document order. */
export function flaggedTexts(s: Session, detect: (text: string) => boolean): string[] {
  return sessionTexts(s).filter((t) => detect(t.text)).map((t) => t.label);
}
