import type { LocalePack, ModelStrings, UiStrings } from './locale-strings.ts';

// Clinical terms: see glossary.md (대한병리학회 소화기병리연구회 표준 병리보고서).
const ui: UiStrings = {
  locale: 'ko',
  numberHint: (min, max) => `${min}~${max} 사이의 숫자를 입력하거나 구간을 선택하세요.`,
  bandChooser: (name) => `또는 ${name} 구간`,
  bandNone: '선택 안 함',
  fallsIn: (band) => `구간: ${band}`,
  band: (label, grade) => (grade ? `${label} (${grade})` : label),
  answers: { yes: '있음', no: '없음', unknown: '알 수 없음' },
  numberError: (name, code, min, max, unit) =>
    code === 'out_of_range'
      ? `${name} 값은 ${min}~${max}${unit} 사이여야 합니다.`
      : code === 'invalid_number' || code === 'not_finite'
        ? `${name} 값을 숫자로 입력하세요(예: 12.5).`
        : `이 ${name} 값은 읽을 수 없습니다.`,
  resultHeading: '결과',
  partFailed: '계산 부분을 불러오지 못했습니다. 연결을 확인하고 페이지를 새로 고치십시오.',
  emptyResult:
    '알고 있는 항목을 입력하세요. 알 수 없는 요인은 절대 "없음"으로 간주하지 않으며, 결과에 가능한 범위를 보여 줍니다.',
  invalidResult: (name) => `점수를 보려면 ${name} 값을 고치세요.`,
  points: (_n, shown) => `${shown}점`,
  pointsRange: (min, max) => `${min}~${max}점`,
  outOf: (max) => `만점 ${max}점`,
  possibleGroups: (groups) => `가능한 군: ${groups}`,
  list: (items) => items.join(' 또는 '),
  groupRiskNote: '군 추정치',
  relativeHazard: '위험 요인이 없는 환자 대비 상대 위험도',
  relativeHazardNote: '발표된 위험비의 곱',
  range: (min, max) => `${min}~${max}`,
  unknownFactors: (n) => `알 수 없는 요인 ${n}개`,
  breakdownCaption: '요인별 점수',
  breakdownHead: { factor: '요인', level: '입력값', points: '점수(도출)', hazardRatio: 'HR(발표값)' },
  reference: '기준',
  unknown: '알 수 없음',
  whatIf: (points, group) => `${points}, ${group}.`,
  chartAlt: (years, risks, mark) => `발표된 ${years}년 위험 막대그래프: ${risks}. ${mark}`,
  chartPointsAxis: '점수',
  derivedLabel: '도출',
  publishedLabel: '발표값',
  derivedSummary: '점수 가중치와 군 기준점은 발표된 위험비에서 도출했습니다.',
  groupRange: (group, min, max) => `${group}: ${min}~${max}점`,
  source: '출처',
  colon: ': ',
  aside: (items) => ` (${items.join(', ')})`,
  modelLine: (version, hash) => `모델 ${version} · ${hash}`,
  disclaimer:
    '의사 결정 지원용일 뿐 임상적 판단을 대신하지 않습니다. 입력한 내용은 이 페이지 밖으로 전송되지 않습니다.',
  copySummary: '요약 복사',
  copied: '요약을 복사했습니다.',
  copyFailed: '복사가 차단되었습니다. 아래 텍스트를 선택해 복사하세요.',
  copyForbidden:
    '이 페이지에서는 계산기가 클립보드에 복사할 수 없습니다. 버튼을 누르면 직접 복사할 텍스트가 표시됩니다.',
  showSummary: '복사할 요약 보기',
  showLink: '복사할 링크 보기',
  cite: '이 계산기 인용',
  citeText: (name, widget, model, hash, citation) => `${name} ${widget}(모델 ${model}, ${hash}). 근거: ${citation}`,
  copyLink: '링크 복사',
  linkCopied: '링크를 복사했습니다.',
  print: '인쇄 / PDF로 저장',
  entered: '입력한 내용',
  printedOn: (date) => `인쇄일: ${date}`,
  patient: {
    empty: '알고 있는 것을 입력하세요. 모르는 항목은 "알 수 없음"으로 두세요.',
    score: (points, max) => `점수는 ${max}점 만점에 ${points}점입니다.`,
    range: (min, max, top) => `모르는 답이 있어서 점수는 ${top}점 만점에 ${min}~${max}점 사이입니다.`,
    group: (group) => `이 점수는 "${group}" 군에 해당합니다.`,
    groups: (groups) => `${groups} 군에 해당할 수 있습니다.`,
    iconsAlt: (group, shown) => `${group}: 100명 중 ${shown}명이 색칠되어 있습니다.`,
    caveat:
      '이 숫자는 같은 종류의 수술을 받은 사람들을 대상으로 한 연구에서 나왔습니다. 집단에 대한 숫자이며, 당신에게 무슨 일이 일어날지는 알려 주지 않습니다. 그 의미에 대해 담당 의사와 이야기하세요.',
  },
  liveSummary: (points, group, risk) => `${points}. ${group}.${risk ? ` ${risk}.` : ''}`,
};

const lms: ModelStrings = {
  title: '간전이 점수(LMS)',
  scope: '위장관췌장 신경내분비종양(GEP-NET)을 근치적 목적으로 절제한 성인 환자용입니다.',
  calculatorName: 'LMS 계산기',
  summaryTitle: '간전이 점수(LMS)',
  factors: {
    ki67: { label: 'Ki-67 지수(%)', name: 'Ki-67' },
    vascularInvasion: { label: '혈관 침범' },
    lymphNodeMetastasis: { label: '림프절 전이' },
    adjuvantTherapy: { label: '보조 요법', answers: { yes: '시행', no: '미시행', unknown: '알 수 없음' } },
  },
  groups: { low: '저위험', intermediate: '중간 위험', high: '고위험' },
  groupRisk: (years) => `이 군의 ${years}년 간전이 위험`,
  chartTitle: '군별로 발표된 5년 간전이 위험',
  whatIfTitles: { adjuvantTherapy: '보조 요법을 시행했다면' },
  whatIfNote: '관찰 코호트에서의 연관성이며 치료 효과가 아닙니다.',
  patientInHundred: (shown, years) =>
    `이 군에 속한 100명을 생각해 보세요. 연구에서는 그중 약 ${shown}명에게서 ${years}년 안에 암이 간으로 퍼졌습니다.`,
  derivedDetails:
    '논문의 점수표는 초록에 없습니다. 각 수준의 점수는 그 ln(HR)을 요인 가운데 가장 작은 ln(HR)으로 나누어 반올림한 값입니다(Sullivan 방법). 군 기준점은 시뮬레이션에서 발표된 군별 위험을 가장 잘 재현한 값입니다. 위험비와 군별 위험은 논문의 값입니다.',
};

export const pack: LocalePack = { ui, models: { lms } };
