import type { ValidationStrings } from './validation-strings.ts';

// Clinical terms as in the calculator's es pack (glossary.md: SEOM-GETNE): metástasis hepáticas,
// riesgo bajo/intermedio/alto, publicado. Statistical terms as Spanish epidemiology writes them:
// cohorte, censurado, índice C, calibración, pacientes en riesgo.
export const validationEs: ValidationStrings = {
  locale: 'es',
  pageTitle: 'Validar la puntuación de metástasis hepáticas en su cohorte',
  nav: { calculator: 'Calculadora', apiReference: 'Referencia de la API' },
  language: 'Idioma',
  title: 'Validar el LMS en su propia cohorte',
  intro:
    'Compruebe si la puntuación se sostiene en sus pacientes: índice C de Harrell, curvas de Kaplan-Meier por grupo de riesgo y riesgos a 5 años observados frente a los publicados. Los puntos y los puntos de corte son derivados, así que esta es también su prueba.',
  privacy: 'Su archivo se lee y se analiza en esta página. No se sube nada.',
  apiNote: (route) => `El mismo análisis está disponible en la API (${route}) para procesos automatizados.`,
  columns: (columns) =>
    `Una fila por paciente, con una cabecera que nombra las columnas: ${columns}. time es el seguimiento hasta las metástasis hepáticas o el último contacto; event es 1 (metástasis hepáticas) o 0 (censurado).`,
  chooseFile: 'Elegir un archivo CSV',
  dropHint: 'o soltarlo aquí',
  loadDemo: 'Cargar una cohorte de demostración sintética',
  demoLabel: 'Cohorte de demostración sintética',
  demoNote:
    'Sintética, no son datos de pacientes: factores extraídos con prevalencias supuestas, tiempos a partir de los riesgos a 5 años publicados por grupo, censura uniforme de 1 a 10 años.',
  bootstrap: 'Réplicas bootstrap',
  seed: 'Semilla',
  timeUnit: 'Unidad de tiempo',
  units: { months: 'meses', days: 'días', years: 'años' },
  run: 'Analizar de nuevo',
  reading: (name) => `Leyendo ${name}…`,
  computing: (rows) => `Analizando ${rows} filas…`,
  done: (used, received, ms) => `Listo: ${used} de ${received} filas usadas, en ${ms} ms.`,
  progressLabel: 'Progreso del análisis',
  rowsRead: (done, total) => `${done} de ${total} filas leídas`,
  replicatesDone: (done, total) => `${done} de ${total} réplicas bootstrap`,
  cancel: 'Cancelar',
  cancelled: 'Cancelado: el análisis se detuvo y no se generó ningún informe.',
  failed: {
    start:
      'El análisis no pudo iniciarse: la página no pudo cargar su script de análisis (bloqueado por la red o por la política de seguridad de la página).',
    run: 'El análisis se detuvo por un error. Puede que el archivo sea demasiado grande para la memoria de este navegador.',
  },
  fileRefused: 'Este archivo no se puede analizar:',
  notAnalysed: 'No se analizó nada:',
  optionInvalid: (label, max) => `${label}: introduzca un número entero de 0 a ${max}.`,
  missingColumn: {
    time: 'La cabecera no tiene columna time: el seguimiento hasta las metástasis hepáticas o el último contacto.',
    event: 'La cabecera no tiene columna event: 1 para metástasis hepáticas, 0 para censurado.',
  },
  tooManyRows: (rows, max) =>
    `El archivo tiene ${rows} filas; esta página lee como máximo ${max}. Para una cohorte mayor, use lms validate en su propio equipo: no tiene límite de filas.`,
  source: (name) => `Datos: ${name}`,
  cIndexHeading: 'Discriminación',
  cIndexOf: { points: 'Índice C de los puntos LMS', relativeHazard: 'Índice C del riesgo relativo' },
  cIndexValue: (value, lower, upper, replicates, seed) =>
    `${value} (IC 95 % ${lower} a ${upper}; ${replicates} réplicas bootstrap, semilla ${seed})`,
  noCi: 'sin intervalo (0 réplicas)',
  noComparablePairs: 'No hay pares comparables: ningún evento antes del fin del seguimiento de otro paciente.',
  pairs: (c, d, tr, tt, tb) =>
    `Pares: ${c} concordantes, ${d} discordantes, ${tr} empatados en riesgo, ${tt} empatados en tiempo, ${tb} empatados en ambos.`,
  publishedCIndex: (value) =>
    `Índice C publicado (validación cruzada de diez particiones en la propia cohorte del artículo): ${value}.`,
  demoCIndexNote: (published) =>
    `El índice C de la demostración no es comparable con el ${published} publicado: sus pacientes son sintéticos, no la cohorte del artículo. Sus tiempos se extrajeron solo de los tres riesgos de grupo publicados, así que dentro de un grupo los puntos no aportan información; la cifra muestra cómo funciona la página, no lo bien que discrimina la puntuación.`,
  calibrationHeading: 'Calibración por grupo de riesgo',
  calibrationHead: {
    group: 'Grupo',
    n: 'Pacientes',
    events: 'Eventos',
    observed: (years) => `Riesgo a ${years} años observado (IC 95 %)`,
    published: 'Publicado',
    ratio: 'Observado / publicado',
  },
  noInterval: 'sin intervalo',
  noPatients: 'sin pacientes',
  duration: { months: (n) => `${n} meses`, days: (n) => `${n} días`, years: (n) => `${n} años` },
  followUpEnds: (duration) => `no estimable: el seguimiento termina a los ${duration}`,
  curvesHeading: 'Curvas de Kaplan-Meier por grupo de riesgo',
  curvesAlt: (groups) =>
    `Curvas de Kaplan-Meier de supervivencia libre de metástasis hepáticas por grupo de riesgo: ${groups}. Las tablas dan las mismas cifras.`,
  axisTime: (unit) => `Tiempo (${unit})`,
  axisSurvival: 'Libre de metástasis hepáticas',
  publishedPoint: (years) => `◆ valor publicado a ${years} años`,
  atRiskHeading: 'Pacientes en riesgo',
  excludedHeading: (n) => `Filas excluidas (${n})`,
  excludedHead: { row: 'Fila', id: 'id', reason: 'Motivo', detail: 'Detalle' },
  reasons: {
    column_count: 'número de celdas incorrecto',
    not_an_object: 'no es una fila',
    invalid_input: 'factor no válido',
    incomplete_input: 'un factor es desconocido',
    missing_time: 'sin tiempo',
    invalid_time: 'tiempo no válido',
    invalid_event: 'event no es 0 ni 1',
  },
  moreExcluded: (n) => `Otras ${n} filas excluidas están en las descargas.`,
  noneExcluded: 'Se usaron todas las filas.',
  downloadJson: 'Descargar el informe (JSON)',
  downloadCsv: 'Descargar el informe (CSV)',
  groups: { low: 'Riesgo bajo', intermediate: 'Riesgo intermedio', high: 'Riesgo alto' },
};
