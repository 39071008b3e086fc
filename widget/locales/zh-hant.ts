import type { LocalePack, ModelStrings, UiStrings } from './locale-strings.ts';

// Clinical terms: see glossary.md (國家教育研究院 樂詞網, NAER academic terms).
const ui: UiStrings = {
  locale: 'zh-Hant',
  numberHint: (min, max) => `輸入 ${min} 至 ${max} 的數值，或選擇區間。`,
  bandChooser: (name) => `或 ${name} 區間`,
  bandNone: '未選擇',
  fallsIn: (band) => `區間：${band}`,
  band: (label, grade) => (grade ? `${label}（${grade}）` : label),
  answers: { yes: '有', no: '無', unknown: '未知' },
  numberError: (name, code, min, max, unit) =>
    code === 'out_of_range'
      ? `${name} 須在 ${min} 至 ${max}${unit} 之間。`
      : code === 'invalid_number' || code === 'not_finite'
        ? '請輸入數值，例如 12.5。'
        : `無法辨識此 ${name} 數值。`,
  resultHeading: '結果',
  partFailed: '計算器未能載入其計算部分。請檢查網路連線並重新載入頁面。',
  emptyResult: '請輸入已知資訊。未知因素不會被當作「無」，結果會顯示其可能範圍。',
  invalidResult: (name) => `請先更正 ${name} 數值。`,
  points: (_n, shown) => `${shown} 分`,
  pointsRange: (min, max) => `${min}-${max} 分`,
  outOf: (max) => `滿分 ${max}`,
  possibleGroups: (groups) => `可能分組：${groups}`,
  list: (items) => items.join('或'),
  groupRiskNote: '分組估計',
  relativeHazard: '相對風險（相較於無任何危險因子者）',
  relativeHazardNote: '已發表風險比的乘積',
  range: (min, max) => `${min} 至 ${max}`,
  unknownFactors: (n) => `${n} 項因素未知`,
  breakdownCaption: '各因素得分',
  breakdownHead: { factor: '因素', level: '輸入', points: '分數（推導）', hazardRatio: 'HR（已發表）' },
  reference: '參照',
  unknown: '未知',
  whatIf: (points, group) => `${points}，${group}。`,
  chartAlt: (years, risks, mark) => `已發表 ${years} 年風險長條圖：${risks}。${mark}`,
  chartPointsAxis: '分數',
  derivedLabel: '推導',
  publishedLabel: '已發表',
  derivedSummary: '分數權重與分組切點由已發表的風險比推導而來。',
  groupRange: (group, min, max) => `${group}：${min}-${max} 分`,
  source: '來源',
  colon: '：',
  aside: (items) => `（${items.join('，')}）`,
  modelLine: (version, hash) => `模型 ${version} · ${hash}`,
  disclaimer: '僅供臨床決策參考，不能取代臨床判斷。您輸入的資訊不會離開本頁面。',
  copySummary: '複製摘要',
  copied: '摘要已複製。',
  copyFailed: '複製遭到封鎖，請選取下方文字手動複製。',
  copyForbidden: '本頁面不允許計算器複製到剪貼簿，按鈕會顯示文字供您手動複製。',
  showSummary: '顯示摘要以複製',
  showLink: '顯示連結以複製',
  cite: '引用本計算器',
  citeText: (name, widget, model, hash, citation) => `${name} ${widget}（模型 ${model}，${hash}）。依據：${citation}`,
  copyLink: '複製連結',
  linkCopied: '連結已複製。',
  print: '列印 / 存為 PDF',
  entered: '已填寫',
  printedOn: (date) => `列印日期：${date}`,
  patient: {
    empty: '請填寫您知道的資訊，其餘保持「未知」。',
    score: (points, max) => `您的分數是 ${points} 分（滿分 ${max} 分）。`,
    range: (min, max, top) => `有些答案未知，您的分數可能在 ${min} 到 ${max} 分之間（滿分 ${top} 分）。`,
    group: (group) => `這屬於「${group}」組。`,
    groups: (groups) => `您可能屬於${groups}組。`,
    iconsAlt: (group, shown) => `${group}：100 人中有 ${shown} 人被塗色。`,
    caveat:
      '這些數字來自一項針對接受過同類手術者的研究。它們描述的是一個群體，無法說明您會如何。請與您的醫師討論它們對您的意義。',
  },
  liveSummary: (points, group, risk) => `${points}。${group}。${risk ? `${risk}。` : ''}`,
};

const lms: ModelStrings = {
  title: '肝轉移評分（LMS）',
  scope: '適用於胃腸胰神經內分泌腫瘤（GEP-NET）根治性切除術後的成人病人。',
  calculatorName: 'LMS 計算器',
  summaryTitle: '肝轉移評分（LMS）',
  factors: {
    ki67: { label: 'Ki-67 指數（%）', name: 'Ki-67' },
    vascularInvasion: { label: '血管侵犯' },
    lymphNodeMetastasis: { label: '淋巴結轉移' },
    adjuvantTherapy: { label: '輔助治療', answers: { yes: '已接受', no: '未接受', unknown: '未知' } },
  },
  groups: { low: '低風險', intermediate: '中風險', high: '高風險' },
  groupRisk: (years) => `該組 ${years} 年肝轉移風險`,
  chartTitle: '各組已發表的 5 年肝轉移風險',
  whatIfTitles: { adjuvantTherapy: '若已接受輔助治療' },
  whatIfNote: '此為觀察性世代研究中的關聯，並非治療效果。',
  patientInHundred: (shown, years) =>
    `想像這一組中有 100 個人。在研究中，其中約 ${shown} 人在 ${years} 年內出現癌症擴散到肝臟。`,
  derivedDetails:
    '論文摘要未提供計分表。各層級的分數為其 ln(HR) 除以各因素中最小的 ln(HR) 後四捨五入（Sullivan 法）；分組切點為模擬中最能重現已發表分組風險者。風險比與分組風險皆取自原文。',
};

export const pack: LocalePack = { ui, models: { lms } };
