import type { LocalePack, ModelStrings, UiStrings } from './locale-strings.ts';

// Clinical terms: see glossary.md (SEOM-GETNE clinical guideline for GEP neuroendocrine tumours).
const plural = new Intl.PluralRules('es');
const one = (n: number) => plural.select(n) === 'one';

const ui: UiStrings = {
  locale: 'es',
  numberHint: (min, max) => `Un número de ${min} a ${max}, o elija un intervalo.`,
  bandChooser: (name) => `o intervalo de ${name}`,
  bandNone: 'Sin elegir',
  fallsIn: (band) => `Intervalo: ${band}`,
  band: (label, grade) => (grade ? `${label} (${grade})` : label),
  answers: { yes: 'Sí', no: 'No', unknown: 'Desconocido' },
  numberError: (name, code, min, max, unit) =>
    code === 'out_of_range'
      ? `${name} debe estar entre ${min} y ${max}${unit}.`
      : code === 'invalid_number' || code === 'not_finite'
        ? `Introduzca ${name} como número, p. ej. 12,5.`
        : `Este valor de ${name} no se puede leer.`,
  resultHeading: 'Resultado',
  partFailed: 'La calculadora no pudo cargar su parte de cálculo. Compruebe la conexión y vuelva a cargar la página.',
  emptyResult:
    'Introduzca lo que se sabe. Un factor desconocido nunca se cuenta como «no»: el resultado muestra el intervalo posible.',
  invalidResult: (name) => `Corrija el valor de ${name} para ver la puntuación.`,
  points: (n, shown) => `${shown} ${one(n) ? 'punto' : 'puntos'}`,
  pointsRange: (min, max) => `${min}-${max} puntos`,
  outOf: (max) => `de ${max}`,
  possibleGroups: (groups) => `Grupos posibles: ${groups}`,
  list: (items) => items.join(' o '),
  groupRiskNote: 'estimación del grupo',
  relativeHazard: 'Riesgo relativo (hazard) frente a un paciente sin ningún factor de riesgo',
  relativeHazardNote: 'producto de los hazard ratios publicados',
  range: (min, max) => `${min} a ${max}`,
  unknownFactors: (n) => `${n} ${one(n) ? 'factor desconocido' : 'factores desconocidos'}`,
  breakdownCaption: 'Puntos por factor',
  breakdownHead: {
    factor: 'Factor',
    level: 'Introducido',
    points: 'Puntos (derivados)',
    hazardRatio: 'HR (publicado)',
  },
  reference: 'referencia',
  unknown: 'Desconocido',
  whatIf: (points, group) => `${points}, ${group}.`,
  chartAlt: (years, risks, mark) => `Gráfico de barras de los riesgos publicados a ${years} años: ${risks}. ${mark}`,
  chartPointsAxis: 'Puntos',
  derivedLabel: 'derivado',
  publishedLabel: 'publicado',
  derivedSummary: 'Los pesos de los puntos y los puntos de corte se derivan de los hazard ratios publicados.',
  groupRange: (group, min, max) => `${group}: ${min}-${max} puntos`,
  source: 'Fuente',
  colon: ': ',
  aside: (items) => ` (${items.join(', ')})`,
  modelLine: (version, hash) => `Modelo ${version} · ${hash}`,
  disclaimer:
    'Solo como apoyo a la decisión; no sustituye el juicio clínico. Nada de lo que introduzca sale de esta página.',
  copySummary: 'Copiar resumen',
  copied: 'Resumen copiado.',
  copyFailed: 'Se bloqueó la copia; seleccione el texto de abajo y cópielo.',
  copyForbidden:
    'Esta página no permite que la calculadora copie al portapapeles; los botones muestran el texto para que lo copie usted.',
  showSummary: 'Mostrar resumen para copiar',
  showLink: 'Mostrar enlace para copiar',
  cite: 'Citar esta calculadora',
  citeText: (name, widget, model, hash, citation) =>
    `${name} ${widget} (modelo ${model}, ${hash}). Basado en: ${citation}`,
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado.',
  print: 'Imprimir / guardar como PDF',
  entered: 'Datos introducidos',
  printedOn: (date) => `Impreso el ${date}`,
  patient: {
    empty: 'Rellene lo que sepa. Deje el resto como «Desconocido».',
    score: (points, max) => `Su puntuación es ${points} de ${max}.`,
    range: (min, max, top) => `Algunas respuestas no se conocen. Su puntuación puede ir de ${min} a ${max} de ${top}.`,
    group: (group) => `Esto le sitúa en el grupo «${group}».`,
    groups: (groups) => `Podría estar en el grupo ${groups}.`,
    iconsAlt: (group, shown) => `${group}: ${shown} de 100 personas están marcadas.`,
    caveat:
      'Estas cifras vienen de un estudio con personas que tuvieron el mismo tipo de operación. Describen a un grupo. No pueden decir lo que le pasará a usted. Hable con su médico sobre lo que significan para usted.',
  },
  liveSummary: (points, group, risk) => `${points}. ${group}.${risk ? ` ${risk}.` : ''}`,
};

const lms: ModelStrings = {
  title: 'Puntuación de metástasis hepáticas (LMS)',
  scope:
    'Para adultos tras la resección con intención curativa de un tumor neuroendocrino gastroenteropancreático (TNE-GEP).',
  calculatorName: 'Calculadora LMS',
  summaryTitle: 'Puntuación de metástasis hepáticas (LMS)',
  factors: {
    ki67: { label: 'Índice Ki-67 (%)', name: 'Ki-67' },
    vascularInvasion: { label: 'Invasión vascular' },
    lymphNodeMetastasis: { label: 'Metástasis ganglionares' },
    adjuvantTherapy: {
      label: 'Tratamiento adyuvante',
      answers: { yes: 'Recibido', no: 'No recibido', unknown: 'Desconocido' },
    },
  },
  groups: { low: 'Riesgo bajo', intermediate: 'Riesgo intermedio', high: 'Riesgo alto' },
  groupRisk: (years) => `Riesgo de metástasis hepáticas a ${years} años del grupo`,
  chartTitle: 'Riesgo publicado de metástasis hepáticas a 5 años por grupo',
  whatIfTitles: { adjuvantTherapy: 'Si se hubiera administrado tratamiento adyuvante' },
  whatIfNote: 'Una asociación en una cohorte observacional, no un efecto del tratamiento.',
  patientInHundred: (shown, years) =>
    `Piense en 100 personas de este grupo. En el estudio, en unas ${shown} de ellas el cáncer se extendió al hígado en ${years} años.`,
  derivedDetails:
    'La tabla de puntos del artículo no aparece en su resumen. Los puntos de cada nivel son su ln(HR) dividido por el menor ln(HR) de los factores, redondeado (método de Sullivan); los puntos de corte de los grupos son los que mejor reprodujeron en simulación los riesgos publicados. Los hazard ratios y los riesgos de los grupos son los del artículo.',
};

export const pack: LocalePack = { ui, models: { lms } };
