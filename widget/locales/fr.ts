import type { LocalePack, ModelStrings, UiStrings } from './locale-strings.ts';

// Clinical terms: see glossary.md (Thésaurus National de Cancérologie Digestive, TNCD).
const plural = new Intl.PluralRules('fr');
const one = (n: number) => plural.select(n) === 'one';

const ui: UiStrings = {
  locale: 'fr',
  numberHint: (min, max) => `Un nombre de ${min} à ${max}, ou choisissez une classe.`,
  bandChooser: (name) => `ou classe de ${name}`,
  bandNone: 'Non choisie',
  fallsIn: (band) => `Classe : ${band}`,
  band: (label, grade) => (grade ? `${label} (${grade})` : label),
  answers: { yes: 'Oui', no: 'Non', unknown: 'Inconnu' },
  numberError: (name, code, min, max, unit) =>
    code === 'out_of_range'
      ? `${name} doit être compris entre ${min} et ${max}${unit}.`
      : code === 'invalid_number' || code === 'not_finite'
        ? `Saisissez ${name} sous forme de nombre, par ex. 12,5.`
        : `Cette valeur de ${name} ne peut pas être lue.`,
  resultHeading: 'Résultat',
  partFailed: 'Le calculateur n’a pas pu charger sa partie de calcul. Vérifiez la connexion et rechargez la page.',
  emptyResult:
    'Saisissez ce qui est connu. Un facteur inconnu n’est jamais compté comme « non » : le résultat indique l’intervalle possible.',
  invalidResult: (name) => `Corrigez la valeur de ${name} pour voir le score.`,
  points: (n, shown) => `${shown} ${one(n) ? 'point' : 'points'}`,
  pointsRange: (min, max) => `${min} à ${max} points`,
  outOf: (max) => `sur ${max}`,
  possibleGroups: (groups) => `Groupes possibles : ${groups}`,
  list: (items) => items.join(' ou '),
  groupRiskNote: 'estimation du groupe',
  relativeHazard: 'Risque instantané relatif par rapport à un patient sans aucun facteur de risque',
  relativeHazardNote: 'produit des hazard ratios publiés',
  range: (min, max) => `${min} à ${max}`,
  unknownFactors: (n) => `${n} ${one(n) ? 'facteur inconnu' : 'facteurs inconnus'}`,
  breakdownCaption: 'Points par facteur',
  breakdownHead: { factor: 'Facteur', level: 'Saisi', points: 'Points (dérivés)', hazardRatio: 'HR (publié)' },
  reference: 'référence',
  unknown: 'Inconnu',
  whatIf: (points, group) => `${points}, ${group}.`,
  chartAlt: (years, risks, mark) => `Diagramme en barres des risques publiés à ${years} ans : ${risks}. ${mark}`,
  chartPointsAxis: 'Points',
  derivedLabel: 'dérivé',
  publishedLabel: 'publié',
  derivedSummary: 'Les poids des points et les seuils sont dérivés des hazard ratios publiés.',
  groupRange: (group, min, max) => `${group} : ${min} à ${max} points`,
  source: 'Source',
  colon: ' : ',
  aside: (items) => ` (${items.join(', ')})`,
  modelLine: (version, hash) => `Modèle ${version} · ${hash}`,
  disclaimer:
    'Aide à la décision uniquement ; ne remplace pas le jugement clinique. Rien de ce que vous saisissez ne quitte cette page.',
  copySummary: 'Copier le résumé',
  copied: 'Résumé copié.',
  copyFailed: 'La copie a été bloquée ; sélectionnez le texte ci-dessous et copiez-le.',
  copyForbidden:
    'Cette page n’autorise pas le calculateur à copier dans le presse-papiers ; les boutons affichent le texte à copier vous-même.',
  showSummary: 'Afficher le résumé à copier',
  showLink: 'Afficher le lien à copier',
  cite: 'Citer ce calculateur',
  citeText: (name, widget, model, hash, citation) =>
    `${name} ${widget} (modèle ${model}, ${hash}). D’après : ${citation}`,
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  print: 'Imprimer / enregistrer en PDF',
  entered: 'Saisies',
  printedOn: (date) => `Imprimé le ${date}`,
  patient: {
    empty: 'Indiquez ce que vous savez. Laissez le reste sur « Inconnu ».',
    score: (points, max) => `Votre score est de ${points} sur ${max}.`,
    range: (min, max, top) =>
      `Certaines réponses ne sont pas connues. Votre score peut aller de ${min} à ${max} sur ${top}.`,
    group: (group) => `Vous êtes donc dans le groupe « ${group} ».`,
    groups: (groups) => `Vous pourriez être dans le groupe ${groups}.`,
    iconsAlt: (group, shown) => `${group} : ${shown} personnes sur 100 sont colorées.`,
    caveat:
      'Ces chiffres viennent d’une étude sur des personnes qui ont eu le même type d’opération. Ils décrivent un groupe. Ils ne peuvent pas dire ce qui vous arrivera. Parlez-en avec votre médecin.',
  },
  liveSummary: (points, group, risk) => `${points}. ${group}.${risk ? ` ${risk}.` : ''}`,
};

const lms: ModelStrings = {
  title: 'Score de métastases hépatiques (LMS)',
  scope:
    'Pour les adultes après résection à visée curative d’une tumeur neuroendocrine gastro-entéro-pancréatique (TNE GEP).',
  calculatorName: 'Calculateur LMS',
  summaryTitle: 'Score de métastases hépatiques (LMS)',
  factors: {
    ki67: { label: 'Index Ki-67 (%)', name: 'Ki-67' },
    vascularInvasion: { label: 'Invasion vasculaire' },
    lymphNodeMetastasis: { label: 'Métastases ganglionnaires' },
    adjuvantTherapy: { label: 'Traitement adjuvant', answers: { yes: 'Reçu', no: 'Non reçu', unknown: 'Inconnu' } },
  },
  groups: { low: 'Risque faible', intermediate: 'Risque intermédiaire', high: 'Risque élevé' },
  groupRisk: (years) => `Risque de métastases hépatiques à ${years} ans du groupe`,
  chartTitle: 'Risque publié de métastases hépatiques à 5 ans par groupe',
  whatIfTitles: { adjuvantTherapy: 'Si un traitement adjuvant avait été reçu' },
  whatIfNote: 'Une association dans une cohorte observationnelle, pas un effet du traitement.',
  patientInHundred: (shown, years) =>
    `Imaginez 100 personnes dans ce groupe. Dans l’étude, le cancer s’est étendu au foie chez environ ${shown} d’entre elles en ${years} ans.`,
  derivedDetails:
    'La table de points de l’article ne figure pas dans son résumé. Les points de chaque niveau sont son ln(HR) divisé par le plus petit ln(HR) des facteurs, arrondi (méthode de Sullivan) ; les seuils de groupe sont ceux qui reproduisaient le mieux les risques publiés en simulation. Les hazard ratios et les risques des groupes sont ceux de l’article.',
};

export const pack: LocalePack = { ui, models: { lms } };
