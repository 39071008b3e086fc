import type { LocalePack, ModelStrings, UiStrings } from './locale-strings.ts';

// Clinical terms: see glossary.md (S2k-Leitlinie Neuroendokrine Tumore, AWMF 021-27).
const plural = new Intl.PluralRules('de');
const one = (n: number) => plural.select(n) === 'one';

const ui: UiStrings = {
  locale: 'de',
  numberHint: (min, max) => `Eine Zahl von ${min} bis ${max}, oder wählen Sie einen Bereich.`,
  bandChooser: (name) => `oder ${name}-Bereich`,
  bandNone: 'Nicht gewählt',
  fallsIn: (band) => `Bereich: ${band}`,
  band: (label, grade) => (grade ? `${label} (${grade})` : label),
  answers: { yes: 'Ja', no: 'Nein', unknown: 'Unbekannt' },
  numberError: (name, code, min, max, unit) =>
    code === 'out_of_range'
      ? `${name} muss zwischen ${min} und ${max}${unit} liegen.`
      : code === 'invalid_number' || code === 'not_finite'
        ? `Geben Sie ${name} als Zahl ein, z. B. 12,5.`
        : `Dieser ${name}-Wert kann nicht gelesen werden.`,
  resultHeading: 'Ergebnis',
  partFailed:
    'Der Rechner konnte seinen Berechnungsteil nicht laden. Prüfen Sie die Verbindung und laden Sie die Seite neu.',
  emptyResult:
    'Geben Sie ein, was bekannt ist. Unbekannte Faktoren werden nie als „nein“ gewertet: Das Ergebnis zeigt den möglichen Bereich.',
  invalidResult: (name) => `Korrigieren Sie den ${name}-Wert, um den Score zu sehen.`,
  points: (n, shown) => `${shown} ${one(n) ? 'Punkt' : 'Punkte'}`,
  pointsRange: (min, max) => `${min}–${max} Punkte`,
  outOf: (max) => `von ${max}`,
  possibleGroups: (groups) => `Mögliche Gruppen: ${groups}`,
  list: (items) => items.join(' oder '),
  groupRiskNote: 'Schätzung der Gruppe',
  relativeHazard: 'Relatives Risiko (Hazard) gegenüber einem Patienten ohne Risikofaktoren',
  relativeHazardNote: 'Produkt der publizierten Hazard Ratios',
  range: (min, max) => `${min} bis ${max}`,
  unknownFactors: (n) => `${n} ${one(n) ? 'Faktor' : 'Faktoren'} unbekannt`,
  breakdownCaption: 'Punkte je Faktor',
  breakdownHead: { factor: 'Faktor', level: 'Eingabe', points: 'Punkte (abgeleitet)', hazardRatio: 'HR (publiziert)' },
  reference: 'Referenz',
  unknown: 'Unbekannt',
  whatIf: (points, group) => `${points}, ${group}.`,
  chartAlt: (years, risks, mark) => `Balkendiagramm der publizierten ${years}-Jahres-Risiken: ${risks}. ${mark}`,
  chartPointsAxis: 'Punkte',
  derivedLabel: 'abgeleitet',
  publishedLabel: 'publiziert',
  derivedSummary: 'Punktgewichte und Grenzwerte sind aus den publizierten Hazard Ratios abgeleitet.',
  groupRange: (group, min, max) => `${group}: ${min}–${max} Punkte`,
  source: 'Quelle',
  colon: ': ',
  aside: (items) => ` (${items.join(', ')})`,
  modelLine: (version, hash) => `Modell ${version} · ${hash}`,
  disclaimer:
    'Nur zur Entscheidungsunterstützung; ersetzt nicht das ärztliche Urteil. Ihre Eingaben verlassen diese Seite nicht.',
  copySummary: 'Zusammenfassung kopieren',
  copied: 'Zusammenfassung kopiert.',
  copyFailed: 'Kopieren wurde blockiert; markieren Sie den Text unten und kopieren Sie ihn.',
  copyForbidden:
    'Diese Seite erlaubt dem Rechner kein Kopieren in die Zwischenablage; die Schaltflächen zeigen den Text zum Kopieren von Hand.',
  showSummary: 'Zusammenfassung zum Kopieren zeigen',
  showLink: 'Link zum Kopieren zeigen',
  cite: 'Diesen Rechner zitieren',
  citeText: (name, widget, model, hash, citation) =>
    `${name} ${widget} (Modell ${model}, ${hash}). Grundlage: ${citation}`,
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert.',
  print: 'Drucken / als PDF speichern',
  entered: 'Eingaben',
  printedOn: (date) => `Gedruckt am ${date}`,
  patient: {
    empty: 'Füllen Sie aus, was Sie wissen. Lassen Sie den Rest auf „Unbekannt“.',
    score: (points, max) => `Ihr Wert ist ${points} von ${max}.`,
    range: (min, max, top) =>
      `Einige Antworten sind nicht bekannt. Ihr Wert liegt zwischen ${min} und ${max} von ${top}.`,
    group: (group) => `Damit gehören Sie zur Gruppe „${group}“.`,
    groups: (groups) => `Sie könnten zur Gruppe ${groups} gehören.`,
    iconsAlt: (group, shown) => `${group}: ${shown} von 100 Menschen sind markiert.`,
    caveat:
      'Diese Zahlen stammen aus einer Studie mit Menschen, die die gleiche Art von Operation hatten. Sie beschreiben eine Gruppe. Sie können nicht sagen, was bei Ihnen geschehen wird. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt darüber.',
  },
  liveSummary: (points, group, risk) => `${points}. ${group}.${risk ? ` ${risk}.` : ''}`,
};

const lms: ModelStrings = {
  title: 'Lebermetastasen-Score (LMS)',
  scope:
    'Für Erwachsene nach kurativ intendierter Resektion eines gastroenteropankreatischen neuroendokrinen Tumors (GEP-NET).',
  calculatorName: 'LMS-Rechner',
  summaryTitle: 'Lebermetastasen-Score (LMS)',
  factors: {
    ki67: { label: 'Ki-67-Index (%)', name: 'Ki-67' },
    vascularInvasion: { label: 'Gefäßinvasion' },
    lymphNodeMetastasis: { label: 'Lymphknotenmetastasen' },
    adjuvantTherapy: {
      label: 'Adjuvante Therapie',
      answers: { yes: 'Erhalten', no: 'Nicht erhalten', unknown: 'Unbekannt' },
    },
  },
  groups: { low: 'Niedriges Risiko', intermediate: 'Mittleres Risiko', high: 'Hohes Risiko' },
  groupRisk: (years) => `${years}-Jahres-Risiko für Lebermetastasen in der Gruppe`,
  chartTitle: 'Publiziertes 5-Jahres-Risiko für Lebermetastasen nach Gruppe',
  whatIfTitles: { adjuvantTherapy: 'Wäre eine adjuvante Therapie gegeben worden' },
  whatIfNote: 'Ein Zusammenhang in einer Beobachtungskohorte, kein Behandlungseffekt.',
  patientInHundred: (shown, years) =>
    `Stellen Sie sich 100 Menschen in dieser Gruppe vor. In der Studie hatte sich bei etwa ${shown} von ihnen der Krebs innerhalb von ${years} Jahren auf die Leber ausgebreitet.`,
  derivedDetails:
    'Die Punktetabelle der Publikation steht nicht im Abstract. Die Punkte jeder Ausprägung sind ihr ln(HR), geteilt durch das kleinste ln(HR) der Faktoren, gerundet (Sullivan-Methode); die Gruppengrenzen sind jene, die in Simulationen die publizierten Gruppenrisiken am besten wiedergaben. Hazard Ratios und Gruppenrisiken stammen aus der Publikation.',
};

export const pack: LocalePack = { ui, models: { lms } };
