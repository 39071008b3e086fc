import type { LocalePack, ModelStrings, UiStrings } from './locale-strings.ts';

export const zhHans: UiStrings = {
  locale: 'zh-Hans',
  numberHint: (min, max) => `输入 ${min} 至 ${max} 的数值，或选择区间。`,
  bandChooser: (name) => `或 ${name} 区间`,
  bandNone: '未选择',
  fallsIn: (band) => `区间：${band}`,
  band: (label, grade) => (grade ? `${label}（${grade}）` : label),
  answers: { yes: '有', no: '无', unknown: '未知' },
  numberError: (name, code, min, max, unit) =>
    code === 'out_of_range'
      ? `${name} 须在 ${min} 至 ${max}${unit} 之间。`
      : code === 'invalid_number' || code === 'not_finite'
        ? '请输入数值，例如 12.5。'
        : `无法识别该 ${name} 值。`,
  resultHeading: '结果',
  partFailed: '计算器未能加载其计算部分。请检查网络连接并重新加载页面。',
  emptyResult: '请输入已知信息。未知因素不会被当作“无”，结果将显示其可能范围。',
  invalidResult: (name) => `请先更正 ${name} 数值。`,
  points: (_n, shown) => `${shown} 分`,
  pointsRange: (min, max) => `${min}-${max} 分`,
  outOf: (max) => `满分 ${max}`,
  possibleGroups: (groups) => `可能分组：${groups}`,
  list: (items) => items.join('或'),
  groupRiskNote: '分组估计',
  relativeHazard: '相对风险比（对比无任何危险因素者）',
  relativeHazardNote: '已发表风险比的乘积',
  range: (min, max) => `${min} 至 ${max}`,
  unknownFactors: (n) => `${n} 项因素未知`,
  breakdownCaption: '各因素得分',
  breakdownHead: { factor: '因素', level: '输入', points: '分值（推导）', hazardRatio: 'HR（已发表）' },
  reference: '参照',
  unknown: '未知',
  whatIf: (points, group) => `${points}，${group}。`,
  chartAlt: (years, risks, mark) => `已发表 ${years} 年风险柱状图：${risks}。${mark}`,
  chartPointsAxis: '分值',
  derivedLabel: '推导',
  publishedLabel: '已发表',
  derivedSummary: '分值权重与分组界值由已发表的风险比推导而来。',
  groupRange: (group, min, max) => `${group}：${min}-${max} 分`,
  source: '来源',
  colon: '：',
  aside: (items) => `（${items.join('，')}）`,
  modelLine: (version, hash) => `模型 ${version} · ${hash}`,
  disclaimer: '仅供临床决策参考，不能替代临床判断。所填信息不会离开本页面。',
  copySummary: '复制摘要',
  copied: '摘要已复制。',
  copyFailed: '复制被阻止，请选中下方文字手动复制。',
  copyForbidden: '本页面不允许计算器复制到剪贴板，按钮会显示文字供您手动复制。',
  showSummary: '显示摘要以复制',
  showLink: '显示链接以复制',
  cite: '引用本计算器',
  citeText: (name, widget, model, hash, citation) => `${name} ${widget}（模型 ${model}，${hash}）。依据：${citation}`,
  copyLink: '复制链接',
  linkCopied: '链接已复制。',
  print: '打印 / 存为 PDF',
  entered: '已填写',
  printedOn: (date) => `打印日期：${date}`,
  patient: {
    empty: '请填写您知道的信息，其余保持“未知”。',
    score: (points, max) => `您的得分是 ${points} 分（满分 ${max} 分）。`,
    range: (min, max, top) => `有些答案未知，您的得分可能在 ${min} 到 ${max} 分之间（满分 ${top} 分）。`,
    group: (group) => `这属于“${group}”组。`,
    groups: (groups) => `您可能属于${groups}组。`,
    iconsAlt: (group, shown) => `${group}：100 人中有 ${shown} 人被涂色。`,
    caveat:
      '这些数字来自一项对接受过同类手术的人的研究。它们描述的是一个群体，不能说明您会怎样。请与您的医生讨论它们对您的意义。',
  },
  liveSummary: (points, group, risk) => `${points}。${group}。${risk ? `${risk}。` : ''}`,
};

/** The Liver Metastasis Score's own words in Simplified Chinese. */
export const lmsZhHans: ModelStrings = {
  title: '肝转移评分（LMS）',
  scope: '适用于胃肠胰神经内分泌肿瘤（GEP-NET）根治性切除术后的成人患者。',
  calculatorName: 'LMS 计算器',
  summaryTitle: '肝转移评分（LMS）',
  factors: {
    ki67: { label: 'Ki-67 指数（%）', name: 'Ki-67' },
    vascularInvasion: { label: '脉管侵犯' },
    lymphNodeMetastasis: { label: '淋巴结转移' },
    adjuvantTherapy: { label: '辅助治疗', answers: { yes: '已接受', no: '未接受', unknown: '未知' } },
  },
  groups: { low: '低危', intermediate: '中危', high: '高危' },
  groupRisk: (years) => `该组 ${years} 年肝转移风险`,
  chartTitle: '各组已发表的 5 年肝转移风险',
  whatIfTitles: { adjuvantTherapy: '若已接受辅助治疗' },
  whatIfNote: '此为观察性队列中的关联，并非治疗效果。',
  patientInHundred: (shown, years) =>
    `设想这一组中有 100 个人。在研究中，其中约 ${shown} 人在 ${years} 年内出现了癌症扩散到肝脏。`,
  derivedDetails:
    '论文摘要未给出评分表。各水平的分值为其 ln(HR) 除以各因素中最小的 ln(HR) 后取整（Sullivan 法）；分组界值为模拟中最接近已发表分组风险者。风险比与分组风险均来自原文。',
};

export const pack: LocalePack = { ui: zhHans, models: { lms: lmsZhHans } };
