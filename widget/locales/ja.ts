import type { LocalePack, ModelStrings, UiStrings } from './locale-strings.ts';

// Clinical terms: see glossary.md (膵・消化管神経内分泌腫瘍（NEN）診療ガイドライン, JNETS).
const ui: UiStrings = {
  locale: 'ja',
  numberHint: (min, max) => `${min}〜${max} の数値を入力するか、区分を選んでください。`,
  bandChooser: (name) => `または ${name} の区分`,
  bandNone: '未選択',
  fallsIn: (band) => `区分：${band}`,
  band: (label, grade) => (grade ? `${label}（${grade}）` : label),
  answers: { yes: 'あり', no: 'なし', unknown: '不明' },
  numberError: (name, code, min, max, unit) =>
    code === 'out_of_range'
      ? `${name} は ${min}〜${max}${unit} の範囲で入力してください。`
      : code === 'invalid_number' || code === 'not_finite'
        ? `${name} は数値で入力してください（例：12.5）。`
        : `この ${name} の値は読み取れません。`,
  resultHeading: '結果',
  partFailed: '計算部分を読み込めませんでした。接続を確認し、ページを再読み込みしてください。',
  emptyResult:
    'わかっている項目を入力してください。不明な因子を「なし」とみなすことはなく、結果にはとりうる範囲を示します。',
  invalidResult: (name) => `スコアを表示するには ${name} の値を修正してください。`,
  points: (_n, shown) => `${shown} 点`,
  pointsRange: (min, max) => `${min}〜${max} 点`,
  outOf: (max) => `${max} 点満点`,
  possibleGroups: (groups) => `可能性のある群：${groups}`,
  list: (items) => items.join('または'),
  groupRiskNote: '群としての推定値',
  relativeHazard: '危険因子をもたない患者に対する相対ハザード',
  relativeHazardNote: '公表されたハザード比の積',
  range: (min, max) => `${min}〜${max}`,
  unknownFactors: (n) => `不明な因子 ${n} 個`,
  breakdownCaption: '因子ごとの点数',
  breakdownHead: { factor: '因子', level: '入力', points: '点数（導出）', hazardRatio: 'HR（公表値）' },
  reference: '基準',
  unknown: '不明',
  whatIf: (points, group) => `${points}、${group}。`,
  chartAlt: (years, risks, mark) => `公表された ${years} 年リスクの棒グラフ：${risks}。${mark}`,
  chartPointsAxis: '点数',
  derivedLabel: '導出',
  publishedLabel: '公表値',
  derivedSummary: '点数の重みと群の境界は、公表されたハザード比から導出したものです。',
  groupRange: (group, min, max) => `${group}：${min}〜${max} 点`,
  source: '出典',
  colon: '：',
  aside: (items) => `（${items.join('、')}）`,
  modelLine: (version, hash) => `モデル ${version} · ${hash}`,
  disclaimer:
    '意思決定の支援のみを目的とし、臨床判断に代わるものではありません。入力した内容はこのページの外に送信されません。',
  copySummary: '要約をコピー',
  copied: '要約をコピーしました。',
  copyFailed: 'コピーがブロックされました。下のテキストを選択してコピーしてください。',
  copyForbidden:
    'このページでは計算ツールからクリップボードへのコピーが許可されていません。ボタンを押すと、手動でコピーするためのテキストが表示されます。',
  showSummary: 'コピー用に要約を表示',
  showLink: 'コピー用にリンクを表示',
  cite: 'この計算ツールを引用',
  citeText: (name, widget, model, hash, citation) => `${name} ${widget}（モデル ${model}、${hash}）。出典：${citation}`,
  copyLink: 'リンクをコピー',
  linkCopied: 'リンクをコピーしました。',
  print: '印刷 / PDF として保存',
  entered: '入力内容',
  printedOn: (date) => `印刷日：${date}`,
  patient: {
    empty: 'わかっていることを入力してください。わからない項目は「不明」のままにしてください。',
    score: (points, max) => `あなたのスコアは ${max} 点中 ${points} 点です。`,
    range: (min, max, top) => `わからない項目があるため、スコアは ${top} 点中 ${min}〜${max} 点のどこかです。`,
    group: (group) => `これは「${group}」の群にあたります。`,
    groups: (groups) => `${groups}のいずれかの群にあたります。`,
    iconsAlt: (group, shown) => `${group}：100 人のうち ${shown} 人に色がついています。`,
    caveat:
      'この数字は、同じ種類の手術を受けた人たちの研究から得られたものです。集団としての結果であり、あなたに何が起こるかを示すものではありません。その意味について主治医と話し合ってください。',
  },
  liveSummary: (points, group, risk) => `${points}。${group}。${risk ? `${risk}。` : ''}`,
};

const lms: ModelStrings = {
  title: '肝転移スコア（LMS）',
  scope: '消化管・膵神経内分泌腫瘍（GEP-NET）の根治切除後の成人が対象です。',
  calculatorName: 'LMS 計算ツール',
  summaryTitle: '肝転移スコア（LMS）',
  factors: {
    ki67: { label: 'Ki-67 指数（%）', name: 'Ki-67' },
    vascularInvasion: { label: '脈管侵襲' },
    lymphNodeMetastasis: { label: 'リンパ節転移' },
    adjuvantTherapy: { label: '術後補助療法', answers: { yes: '実施', no: '未実施', unknown: '不明' } },
  },
  groups: { low: '低リスク', intermediate: '中リスク', high: '高リスク' },
  groupRisk: (years) => `この群の ${years} 年肝転移リスク`,
  chartTitle: '群別の公表された 5 年肝転移リスク',
  whatIfTitles: { adjuvantTherapy: '術後補助療法を実施していた場合' },
  whatIfNote: '観察研究コホートにおける関連であり、治療効果ではありません。',
  patientInHundred: (shown, years) =>
    `この群の 100 人を考えてみてください。研究では、そのうち約 ${shown} 人で ${years} 年以内にがんが肝臓に広がりました。`,
  derivedDetails:
    '論文の点数表は抄録に記載されていません。各水準の点数は、その ln(HR) を因子のなかで最小の ln(HR) で割って丸めたものです（Sullivan 法）。群の境界は、シミュレーションで公表された群別リスクを最もよく再現したものです。ハザード比と群別リスクは論文の値です。',
};

export const pack: LocalePack = { ui, models: { lms } };
