import type { ValidationStrings } from './validation-strings.ts';

// Clinical terms as in the calculator's fr pack (glossary.md: TNCD): métastases hépatiques, risque
// faible/intermédiaire/élevé, publié. Statistical terms as French epidemiology writes them: cohorte,
// censuré, C-index, calibration, effectifs à risque.
export const validationFr: ValidationStrings = {
  locale: 'fr',
  pageTitle: 'Valider le score de métastases hépatiques sur votre cohorte',
  nav: { calculator: 'Calculateur', apiReference: 'Référence de l’API' },
  language: 'Langue',
  title: 'Valider le LMS sur votre propre cohorte',
  intro:
    'Vérifiez si le score tient chez vos patients : C-index de Harrell, courbes de Kaplan-Meier par groupe de risque et risques à 5 ans observés face aux risques publiés. Les points et les seuils sont dérivés : c’est aussi leur test.',
  privacy: 'Votre fichier est lu et analysé dans cette page. Rien n’est envoyé.',
  apiNote: (route) => `La même analyse est disponible par l’API (${route}) pour les traitements automatisés.`,
  columns: (columns) =>
    `Une ligne par patient, avec un en-tête qui nomme les colonnes : ${columns}. time est le suivi jusqu’aux métastases hépatiques ou au dernier contact ; event vaut 1 (métastases hépatiques) ou 0 (censuré).`,
  chooseFile: 'Choisir un fichier CSV',
  dropHint: 'ou le déposer ici',
  loadDemo: 'Charger une cohorte de démonstration synthétique',
  demoLabel: 'Cohorte de démonstration synthétique',
  demoNote:
    'Synthétique, pas des données de patients : facteurs tirés selon des fréquences supposées, temps tirés des risques à 5 ans publiés par groupe, censure uniforme de 1 à 10 ans.',
  bootstrap: 'Réplications bootstrap',
  seed: 'Graine',
  timeUnit: 'Unité de temps',
  units: { months: 'mois', days: 'jours', years: 'années' },
  run: 'Analyser à nouveau',
  reading: (name) => `Lecture de ${name}…`,
  computing: (rows) => `Analyse de ${rows} lignes…`,
  done: (used, received, ms) => `Terminé : ${used} lignes utilisées sur ${received}, en ${ms} ms.`,
  progressLabel: 'Avancement de l’analyse',
  rowsRead: (done, total) => `${done} lignes lues sur ${total}`,
  replicatesDone: (done, total) => `${done} réplications bootstrap sur ${total}`,
  cancel: 'Annuler',
  cancelled: 'Annulée : l’analyse a été arrêtée et aucun rapport n’a été produit.',
  failed: {
    start:
      'L’analyse n’a pas pu démarrer : la page n’a pas pu charger son script d’analyse (bloqué par le réseau ou par la politique de sécurité de la page).',
    run: 'L’analyse s’est arrêtée sur une erreur. Le fichier est peut-être trop volumineux pour la mémoire de ce navigateur.',
  },
  fileRefused: 'Ce fichier ne peut pas être analysé :',
  notAnalysed: 'Rien n’a été analysé :',
  optionInvalid: (label, max) => `${label} : saisissez un nombre entier de 0 à ${max}.`,
  missingColumn: {
    time: 'L’en-tête n’a pas de colonne time : le suivi jusqu’aux métastases hépatiques ou au dernier contact.',
    event: 'L’en-tête n’a pas de colonne event : 1 pour des métastases hépatiques, 0 pour censuré.',
  },
  tooManyRows: (rows, max) =>
    `Le fichier a ${rows} lignes ; cette page en lit au plus ${max}. Pour une cohorte plus grande, lancez lms validate sur votre propre machine : sans limite de lignes.`,
  source: (name) => `Données : ${name}`,
  cIndexHeading: 'Discrimination',
  cIndexOf: { points: 'C-index des points LMS', relativeHazard: 'C-index du risque relatif' },
  cIndexValue: (value, lower, upper, replicates, seed) =>
    `${value} (IC à 95 % ${lower} à ${upper} ; ${replicates} réplications bootstrap, graine ${seed})`,
  noCi: 'pas d’intervalle (0 réplication)',
  noComparablePairs: 'Aucune paire comparable : aucun événement avant la fin du suivi d’un autre patient.',
  pairs: (c, d, tr, tt, tb) =>
    `Paires : ${c} concordantes, ${d} discordantes, ${tr} à égalité de risque, ${tt} à égalité de temps, ${tb} à égalité des deux.`,
  publishedCIndex: (value) => `C-index publié (validation croisée à dix plis dans la cohorte de l’article) : ${value}.`,
  demoCIndexNote: (published) =>
    `Le C-index de la démonstration n’est pas comparable au ${published} publié : ses patients sont synthétiques, ce n’est pas la cohorte de l’article. Leurs temps ont été tirés des trois risques de groupe publiés seulement, si bien qu’au sein d’un groupe les points n’apportent aucune information ; le chiffre montre le fonctionnement de la page, pas la capacité du score à discriminer.`,
  calibrationHeading: 'Calibration par groupe de risque',
  calibrationHead: {
    group: 'Groupe',
    n: 'Patients',
    events: 'Événements',
    observed: (years) => `Risque à ${years} ans observé (IC à 95 %)`,
    published: 'Publié',
    ratio: 'Observé / publié',
  },
  noInterval: 'pas d’intervalle',
  noPatients: 'aucun patient',
  duration: { months: (n) => `${n} mois`, days: (n) => `${n} jours`, years: (n) => `${n} ans` },
  followUpEnds: (duration) => `non estimable : le suivi s’arrête à ${duration}`,
  curvesHeading: 'Courbes de Kaplan-Meier par groupe de risque',
  curvesAlt: (groups) =>
    `Courbes de Kaplan-Meier de survie sans métastases hépatiques par groupe de risque : ${groups}. Les tableaux donnent les mêmes chiffres.`,
  axisTime: (unit) => `Temps (${unit})`,
  axisSurvival: 'Sans métastases hépatiques',
  publishedPoint: (years) => `◆ valeur publiée à ${years} ans`,
  atRiskHeading: 'Effectifs à risque',
  excludedHeading: (n) => `Lignes exclues (${n})`,
  excludedHead: { row: 'Ligne', id: 'id', reason: 'Motif', detail: 'Détail' },
  reasons: {
    column_count: 'nombre de cellules incorrect',
    not_an_object: 'pas une ligne',
    invalid_input: 'facteur invalide',
    incomplete_input: 'un facteur est inconnu',
    missing_time: 'pas de temps',
    invalid_time: 'temps invalide',
    invalid_event: 'event ne vaut ni 0 ni 1',
  },
  moreExcluded: (n) => `${n} autres lignes exclues figurent dans les téléchargements.`,
  noneExcluded: 'Toutes les lignes ont été utilisées.',
  downloadJson: 'Télécharger le rapport (JSON)',
  downloadCsv: 'Télécharger le rapport (CSV)',
  groups: { low: 'Risque faible', intermediate: 'Risque intermédiaire', high: 'Risque élevé' },
};
