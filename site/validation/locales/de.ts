import type { ValidationStrings } from './validation-strings.ts';

// Clinical terms as in the calculator's de pack (glossary.md: AWMF S2k guideline 021-27):
// Lebermetastasen, niedriges/mittleres/hohes Risiko, publiziert. Statistical terms as German
// epidemiology writes them: Kohorte, zensiert, C-Index, Kalibrierung, Patienten unter Risiko.
export const validationDe: ValidationStrings = {
  locale: 'de',
  pageTitle: 'Den Lebermetastasen-Score an der eigenen Kohorte validieren',
  nav: { calculator: 'Rechner', apiReference: 'API-Referenz' },
  language: 'Sprache',
  title: 'Den LMS an der eigenen Kohorte validieren',
  intro:
    'Prüfen Sie, ob der Score bei Ihren Patienten trägt: Harrells C-Index, Kaplan-Meier-Kurven nach Risikogruppe und beobachtete gegenüber publizierten 5-Jahres-Risiken. Punkte und Grenzwerte sind abgeleitet; dies ist also auch ihr Test.',
  privacy: 'Ihre Datei wird in dieser Seite gelesen und ausgewertet. Nichts wird hochgeladen.',
  apiNote: (route) => `Dieselbe Auswertung bietet die API (${route}) für automatisierte Abläufe.`,
  columns: (columns) =>
    `Eine Zeile pro Patient, mit einer Kopfzeile, die die Spalten benennt: ${columns}. time ist die Nachbeobachtung bis zu Lebermetastasen oder zum letzten Kontakt; event ist 1 (Lebermetastasen) oder 0 (zensiert).`,
  chooseFile: 'CSV-Datei wählen',
  dropHint: 'oder hier ablegen',
  loadDemo: 'Synthetische Demo-Kohorte laden',
  demoLabel: 'Synthetische Demo-Kohorte',
  demoNote:
    'Synthetisch, keine Patientendaten: Faktoren mit angenommenen Häufigkeiten gezogen, Zeiten aus den publizierten 5-Jahres-Risiken der Gruppen, Zensierung gleichverteilt zwischen 1 und 10 Jahren.',
  bootstrap: 'Bootstrap-Wiederholungen',
  seed: 'Startwert (Seed)',
  timeUnit: 'Zeiteinheit',
  units: { months: 'Monate', days: 'Tage', years: 'Jahre' },
  run: 'Erneut auswerten',
  reading: (name) => `${name} wird gelesen…`,
  computing: (rows) => `${rows} Zeilen werden ausgewertet…`,
  done: (used, received, ms) => `Fertig: ${used} von ${received} Zeilen verwendet, in ${ms} ms.`,
  progressLabel: 'Fortschritt der Auswertung',
  rowsRead: (done, total) => `${done} von ${total} Zeilen gelesen`,
  replicatesDone: (done, total) => `${done} von ${total} Bootstrap-Wiederholungen`,
  cancel: 'Abbrechen',
  cancelled: 'Abgebrochen: Die Auswertung wurde beendet, es wurde kein Bericht erstellt.',
  failed: {
    start:
      'Die Auswertung konnte nicht starten: Die Seite konnte ihr Auswertungsskript nicht laden (vom Netzwerk oder von der Sicherheitsrichtlinie der Seite blockiert).',
    run: 'Die Auswertung wurde durch einen Fehler beendet. Die Datei ist möglicherweise zu groß für den Speicher dieses Browsers.',
  },
  fileRefused: 'Diese Datei kann nicht ausgewertet werden:',
  notAnalysed: 'Es wurde nichts ausgewertet:',
  optionInvalid: (label, max) => `${label}: Geben Sie eine ganze Zahl von 0 bis ${max} ein.`,
  missingColumn: {
    time: 'Der Kopfzeile fehlt die Spalte time: die Nachbeobachtung bis zu Lebermetastasen oder zum letzten Kontakt.',
    event: 'Der Kopfzeile fehlt die Spalte event: 1 für Lebermetastasen, 0 für zensiert.',
  },
  tooManyRows: (rows, max) =>
    `Die Datei hat ${rows} Zeilen; diese Seite liest höchstens ${max}. Für eine größere Kohorte nutzen Sie lms validate auf Ihrem eigenen Rechner: ohne Zeilenlimit.`,
  source: (name) => `Daten: ${name}`,
  cIndexHeading: 'Diskriminierung',
  cIndexOf: { points: 'C-Index der LMS-Punkte', relativeHazard: 'C-Index des relativen Risikos' },
  cIndexValue: (value, lower, upper, replicates, seed) =>
    `${value} (95%-KI ${lower} bis ${upper}; ${replicates} Bootstrap-Wiederholungen, Startwert ${seed})`,
  noCi: 'kein Intervall (0 Wiederholungen)',
  noComparablePairs:
    'Keine vergleichbaren Paare: kein Ereignis, bevor die Nachbeobachtung eines anderen Patienten endete.',
  pairs: (c, d, tr, tt, tb) =>
    `Paare: ${c} konkordant, ${d} diskordant, ${tr} gleich im Risiko, ${tt} gleich in der Zeit, ${tb} gleich in beidem.`,
  publishedCIndex: (value) =>
    `Publizierter C-Index (zehnfache Kreuzvalidierung in der eigenen Kohorte der Studie): ${value}.`,
  demoCIndexNote: (published) =>
    `Der C-Index der Demo ist nicht mit dem publizierten ${published} vergleichbar: Ihre Patienten sind synthetisch, nicht die Kohorte der Studie. Ihre Zeiten stammen allein aus den drei publizierten Gruppenrisiken, sodass die Punkte innerhalb einer Gruppe keine Information tragen; der Wert zeigt, wie die Seite arbeitet, nicht, wie gut der Score trennt.`,
  calibrationHeading: 'Kalibrierung nach Risikogruppe',
  calibrationHead: {
    group: 'Gruppe',
    n: 'Patienten',
    events: 'Ereignisse',
    observed: (years) => `Beobachtetes ${years}-Jahres-Risiko (95%-KI)`,
    published: 'Publiziert',
    ratio: 'Beobachtet / publiziert',
  },
  noInterval: 'kein Intervall',
  noPatients: 'keine Patienten',
  duration: { months: (n) => `${n} Monaten`, days: (n) => `${n} Tagen`, years: (n) => `${n} Jahren` },
  followUpEnds: (duration) => `nicht schätzbar: Nachbeobachtung endet nach ${duration}`,
  curvesHeading: 'Kaplan-Meier-Kurven nach Risikogruppe',
  curvesAlt: (groups) =>
    `Kaplan-Meier-Kurven des Überlebens ohne Lebermetastasen nach Risikogruppe: ${groups}. Die Tabellen enthalten dieselben Zahlen.`,
  axisTime: (unit) => `Zeit (${unit})`,
  axisSurvival: 'Ohne Lebermetastasen',
  publishedPoint: (years) => `◆ publizierter ${years}-Jahres-Wert`,
  atRiskHeading: 'Patienten unter Risiko',
  excludedHeading: (n) => `Ausgeschlossene Zeilen (${n})`,
  excludedHead: { row: 'Zeile', id: 'id', reason: 'Grund', detail: 'Einzelheiten' },
  reasons: {
    column_count: 'falsche Anzahl Zellen',
    not_an_object: 'keine Zeile',
    invalid_input: 'ungültiger Faktor',
    incomplete_input: 'ein Faktor ist unbekannt',
    missing_time: 'keine Zeit',
    invalid_time: 'ungültige Zeit',
    invalid_event: 'event ist nicht 0 oder 1',
  },
  moreExcluded: (n) => `${n} weitere ausgeschlossene Zeilen stehen in den Downloads.`,
  noneExcluded: 'Alle Zeilen wurden verwendet.',
  downloadJson: 'Bericht herunterladen (JSON)',
  downloadCsv: 'Bericht herunterladen (CSV)',
  groups: { low: 'Niedriges Risiko', intermediate: 'Mittleres Risiko', high: 'Hohes Risiko' },
};
