import type { LocalePack, ModelStrings, UiStrings } from './locale-strings.ts';

// Clinical terms: see glossary.md (المعجم الطبي الموحد، منظمة الصحة العالمية).
const plural = new Intl.PluralRules('ar');
// Arabic counts: 1 and 2 have their own forms, 3-10 take the plural, 11 and more the singular.
const points = (n: number, shown: string) => {
  const form = plural.select(n);
  return form === 'two' ? `${shown} نقطتان` : form === 'few' ? `${shown} نقاط` : `${shown} نقطة`;
};

const ui: UiStrings = {
  locale: 'ar',
  // Latin digits, as clinical numbers are written and typed.
  numbers: 'ar-u-nu-latn',
  numberHint: (min, max) => `رقم من ${min} إلى ${max}، أو اختر فئة.`,
  bandChooser: (name) => `أو فئة ${name}`,
  bandNone: 'لم تُختر',
  fallsIn: (band) => `الفئة: ${band}`,
  // A band ("<3%", ">20% (G3)") is isolated left to right (FSI ... PDI), so that its signs stay in place.
  band: (label, grade) => `\u2068${grade ? `${label} (${grade})` : label}\u2069`,
  answers: { yes: 'نعم', no: 'لا', unknown: 'غير معروف' },
  numberError: (name, code, min, max, unit) =>
    code === 'out_of_range'
      ? `يجب أن تكون قيمة ${name} بين ${min} و${max}${unit}.`
      : code === 'invalid_number' || code === 'not_finite'
        ? `أدخل ${name} رقمًا، مثل 12.5.`
        : `تعذّرت قراءة قيمة ${name} هذه.`,
  resultHeading: 'النتيجة',
  partFailed: 'تعذّر على الحاسبة تحميل جزء الحساب. تحقّق من الاتصال وأعد تحميل الصفحة.',
  emptyResult: 'أدخل ما هو معروف. لا يُعدّ العامل غير المعروف «لا» أبدًا: تُظهر النتيجة المدى الذي يسمح به.',
  invalidResult: (name) => `صحّح قيمة ${name} لرؤية الدرجة.`,
  points,
  pointsRange: (min, max) => `${min}-${max} نقطة`,
  outOf: (max) => `من ${max}`,
  possibleGroups: (groups) => `المجموعات الممكنة: ${groups}`,
  list: (items) => items.join(' أو '),
  groupRiskNote: 'تقدير المجموعة',
  relativeHazard: 'الخطر النسبي مقارنةً بمريض ليس لديه أي عامل خطر',
  relativeHazardNote: 'حاصل ضرب نسب الخطر المنشورة',
  range: (min, max) => `${min} إلى ${max}`,
  unknownFactors: (n) => {
    const form = plural.select(n);
    return form === 'one'
      ? 'عامل واحد غير معروف'
      : form === 'two'
        ? 'عاملان غير معروفين'
        : form === 'few'
          ? `${n} عوامل غير معروفة`
          : `${n} عاملًا غير معروف`;
  },
  breakdownCaption: 'النقاط حسب العامل',
  breakdownHead: { factor: 'العامل', level: 'المُدخل', points: 'النقاط (مشتقة)', hazardRatio: 'HR (منشورة)' },
  reference: 'مرجعي',
  unknown: 'غير معروف',
  whatIf: (points, group) => `${points}، ${group}.`,
  chartAlt: (years, risks, mark) => `مخطط أعمدة للمخاطر المنشورة على ${years} سنوات: ${risks}. ${mark}`,
  chartPointsAxis: 'النقاط',
  derivedLabel: 'مشتق',
  publishedLabel: 'منشور',
  derivedSummary: 'أوزان النقاط وحدود المجموعات مشتقة من نسب الخطر المنشورة.',
  groupRange: (group, min, max) => `${group}: ${min}-${max} نقطة`,
  source: 'المصدر',
  colon: ': ',
  aside: (items) => ` (${items.join('، ')})`,
  modelLine: (version, hash) => `النموذج ${version} · ${hash}`,
  disclaimer: 'لدعم القرار فقط؛ لا يغني عن الحكم السريري. لا يغادر أي شيء تُدخله هذه الصفحة.',
  copySummary: 'نسخ الملخص',
  copied: 'نُسخ الملخص.',
  copyFailed: 'مُنع النسخ؛ حدّد النص أدناه وانسخه.',
  copyForbidden: 'لا تسمح هذه الصفحة للحاسبة بالنسخ إلى الحافظة؛ تعرض الأزرار النص لتنسخه بنفسك.',
  showSummary: 'عرض الملخص لنسخه',
  showLink: 'عرض الرابط لنسخه',
  cite: 'الاستشهاد بهذه الحاسبة',
  citeText: (name, widget, model, hash, citation) =>
    `${name} ${widget} (النموذج ${model}، ${hash}). استنادًا إلى: ${citation}`,
  copyLink: 'نسخ الرابط',
  linkCopied: 'نُسخ الرابط.',
  print: 'طباعة / حفظ بصيغة PDF',
  entered: 'المُدخلات',
  printedOn: (date) => `طُبع في ${date}`,
  patient: {
    empty: 'أدخل ما تعرفه. اترك الباقي «غير معروف».',
    score: (points, max) => `درجتك ${points} من ${max}.`,
    range: (min, max, top) => `بعض الإجابات غير معروفة. قد تكون درجتك من ${min} إلى ${max} من ${top}.`,
    group: (group) => `هذا يضعك في مجموعة «${group}».`,
    groups: (groups) => `قد تكون في مجموعة ${groups}.`,
    iconsAlt: (group, shown) => `${group}: ${shown} من 100 شخص مظللون.`,
    caveat:
      'تأتي هذه الأرقام من دراسة على أشخاص أجروا النوع نفسه من الجراحة. إنها تصف مجموعة، ولا يمكنها أن تقول ما سيحدث لك. تحدّث مع طبيبك عن معناها بالنسبة لك.',
  },
  liveSummary: (points, group, risk) => `${points}. ${group}.${risk ? ` ${risk}.` : ''}`,
};

const lms: ModelStrings = {
  title: 'درجة النقائل الكبدية (LMS)',
  scope: 'للبالغين بعد الاستئصال بقصد الشفاء لورم عصبي صماوي معدي معوي بنكرياسي (GEP-NET).',
  calculatorName: 'حاسبة LMS',
  summaryTitle: 'درجة النقائل الكبدية (LMS)',
  factors: {
    ki67: { label: 'مؤشر Ki-67 (%)', name: 'Ki-67' },
    vascularInvasion: { label: 'الغزو الوعائي' },
    lymphNodeMetastasis: { label: 'نقائل العقد اللمفية' },
    adjuvantTherapy: { label: 'العلاج المساعد', answers: { yes: 'أُعطي', no: 'لم يُعطَ', unknown: 'غير معروف' } },
  },
  groups: { low: 'خطر منخفض', intermediate: 'خطر متوسط', high: 'خطر مرتفع' },
  groupRisk: (years) => `خطر النقائل الكبدية على ${years} سنوات للمجموعة`,
  chartTitle: 'خطر النقائل الكبدية المنشور على 5 سنوات حسب المجموعة',
  whatIfTitles: { adjuvantTherapy: 'لو أُعطي العلاج المساعد' },
  whatIfNote: 'ارتباط في مجموعة رصدية، وليس أثرًا للعلاج.',
  patientInHundred: (shown, years) =>
    `تخيّل 100 شخص في هذه المجموعة. في الدراسة، انتشر السرطان إلى الكبد لدى نحو ${shown} منهم خلال ${years} سنوات.`,
  derivedDetails:
    'جدول النقاط في الورقة غير موجود في ملخصها. نقاط كل مستوى هي ln(HR) الخاص به مقسومًا على أصغر ln(HR) بين العوامل، مقرّبًا (طريقة سوليفان)؛ وحدود المجموعات هي التي أعادت إنتاج المخاطر المنشورة للمجموعات على أفضل وجه في المحاكاة. نسب الخطر ومخاطر المجموعات مأخوذة من الورقة.',
};

export const pack: LocalePack = { ui, models: { lms } };
