import type { ValidationStrings } from './validation-strings.ts';

// Clinical terms as in the calculator's ar pack (glossary.md: Unified Medical Dictionary): النقائل
// الكبدية, خطر منخفض/متوسط/مرتفع, منشور. Statistical terms: مؤشر C, منحنيات كابلان-ماير, المعايرة,
// مُراقَب (censored, said in words where it first appears). Latin text (column names, the route, a
// file name) is isolated left to right (FSI ... PDI), so that its order holds in a right-to-left line.
const ltr = (text: string) => `\u2068${text}\u2069`;

export const validationAr: ValidationStrings = {
  locale: 'ar',
  // Latin digits, as clinical numbers are written and typed (as the calculator).
  numbers: 'ar-u-nu-latn',
  pageTitle: 'التحقق من درجة النقائل الكبدية على مجموعة مرضاك',
  nav: { calculator: 'الحاسبة', apiReference: 'مرجع واجهة البرمجة' },
  language: 'اللغة',
  title: 'تحقّق من LMS على مجموعة مرضاك',
  intro:
    'تحقّق مما إذا كانت الدرجة صالحة لدى مرضاك: مؤشر C لهاريل، ومنحنيات كابلان-ماير حسب مجموعة الخطر، والخطر الملاحظ خلال 5 سنوات مقابل الخطر المنشور. النقاط والحدود الفاصلة مشتقة، فهذا اختبار لها أيضًا.',
  privacy: 'يُقرأ ملفك ويُحلَّل داخل هذه الصفحة. لا يُرفع أي شيء.',
  apiNote: (route) => `يتوفر التحليل نفسه عبر واجهة البرمجة (${ltr(route)}) لسلاسل المعالجة الآلية.`,
  columns: (columns) =>
    `صف لكل مريض، مع سطر أول يسمّي الأعمدة: ${ltr(columns)}. ${ltr('time')} هو مدة المتابعة حتى النقائل الكبدية أو آخر تواصل؛ و${ltr('event')} هو 1 (نقائل كبدية) أو 0 (مُراقَب: لم تحدث حتى آخر متابعة).`,
  chooseFile: 'اختر ملف CSV',
  dropHint: 'أو أفلته هنا',
  loadDemo: 'حمّل مجموعة تجريبية اصطناعية',
  demoLabel: 'مجموعة تجريبية اصطناعية',
  demoNote:
    'بيانات اصطناعية، وليست بيانات مرضى: سُحبت العوامل بمعدلات انتشار مفترضة، والأزمنة من الخطر المنشور لكل مجموعة خلال 5 سنوات، والمراقبة موزعة بانتظام بين سنة و10 سنوات.',
  bootstrap: 'عدد تكرارات إعادة المعاينة (bootstrap)',
  seed: 'البذرة',
  timeUnit: 'وحدة الزمن',
  units: { months: 'أشهر', days: 'أيام', years: 'سنوات' },
  run: 'حلّل مجددًا',
  reading: (name) => `جارٍ قراءة ${ltr(name)}…`,
  computing: (rows) => `جارٍ تحليل ${rows} صفًا…`,
  done: (used, received, ms) => `تمّ: استُخدم ${used} من ${received} صفًا، في ${ms} ملّي ثانية.`,
  progressLabel: 'تقدّم التحليل',
  rowsRead: (done, total) => `قُرئ ${done} من ${total} صفًا`,
  replicatesDone: (done, total) => `${done} من ${total} تكرارًا لإعادة المعاينة`,
  cancel: 'إلغاء',
  cancelled: 'أُلغي: أُوقف التحليل ولم يُعدّ أي تقرير.',
  failed: {
    start: 'تعذّر بدء التحليل: لم تتمكن الصفحة من تحميل نص التحليل البرمجي (حجبته الشبكة أو سياسة أمان الصفحة).',
    run: 'توقف التحليل بسبب خطأ. قد يكون الملف أكبر من ذاكرة هذا المتصفح.',
  },
  fileRefused: 'لا يمكن تحليل هذا الملف:',
  notAnalysed: 'لم يُحلَّل شيء:',
  optionInvalid: (label, max) => `${label}: أدخل عددًا صحيحًا من 0 إلى ${max}.`,
  missingColumn: {
    time: 'السطر الأول يخلو من العمود time: مدة المتابعة حتى النقائل الكبدية أو آخر تواصل.',
    event: 'السطر الأول يخلو من العمود event: 1 للنقائل الكبدية، و0 للمُراقَب.',
  },
  tooManyRows: (rows, max) =>
    `في الملف ${rows} صفًا؛ تقرأ هذه الصفحة ${max} صفًا على الأكثر. لمجموعة أكبر، شغّل lms validate على جهازك: لا حدّ فيه لعدد الصفوف.`,
  source: (name) => `البيانات: ${ltr(name)}`,
  cIndexHeading: 'القدرة التمييزية',
  cIndexOf: { points: 'مؤشر C لنقاط LMS', relativeHazard: 'مؤشر C للخطر النسبي' },
  cIndexValue: (value, lower, upper, replicates, seed) =>
    `${value} (فاصل ثقة 95% من ${lower} إلى ${upper}؛ ${replicates} تكرارًا لإعادة المعاينة، البذرة ${seed})`,
  noCi: 'لا فاصل (0 تكرار)',
  noComparablePairs: 'لا أزواج قابلة للمقارنة: لم يقع أي حدث قبل انتهاء متابعة مريض آخر.',
  pairs: (c, d, tr, tt, tb) =>
    `الأزواج: ${c} متوافقة، ${d} متعارضة، ${tr} متساوية في الخطر، ${tt} متساوية في الزمن، ${tb} متساوية في كليهما.`,
  publishedCIndex: (value) => `مؤشر C المنشور (تحقق متقاطع عُشاري في مجموعة مرضى الدراسة نفسها): ${value}.`,
  demoCIndexNote: (published) =>
    `لا يُقارَن مؤشر C للمجموعة التجريبية بالقيمة المنشورة ${published}: مرضاها اصطناعيون، وليسوا مجموعة مرضى الدراسة. سُحبت أزمنتهم من الأخطار المنشورة للمجموعات الثلاث وحدها، فلا تحمل النقاط داخل المجموعة الواحدة أي معلومة؛ يبيّن الرقم كيف تعمل الصفحة، لا مدى قدرة الدرجة على التمييز.`,
  calibrationHeading: 'المعايرة حسب مجموعة الخطر',
  calibrationHead: {
    group: 'المجموعة',
    n: 'المرضى',
    events: 'الأحداث',
    observed: (years) => `الخطر الملاحظ خلال ${years} سنوات (فاصل ثقة 95%)`,
    published: 'منشور',
    ratio: 'الملاحظ / المنشور',
  },
  noInterval: 'لا فاصل',
  noPatients: 'لا مرضى',
  duration: { months: (n) => `${n} شهرًا`, days: (n) => `${n} يومًا`, years: (n) => `${n} سنة` },
  followUpEnds: (duration) => `لا يمكن التقدير: تنتهي المتابعة عند ${duration}`,
  curvesHeading: 'منحنيات كابلان-ماير حسب مجموعة الخطر',
  curvesAlt: (groups) =>
    `منحنيات كابلان-ماير للبقاء دون نقائل كبدية حسب مجموعة الخطر: ${groups}. تعطي الجداول الأرقام نفسها.`,
  axisTime: (unit) => `الزمن (${unit})`,
  axisSurvival: 'دون نقائل كبدية',
  publishedPoint: (years) => `◆ القيمة المنشورة عند ${years} سنوات`,
  atRiskHeading: 'أعداد المعرّضين للخطر',
  excludedHeading: (n) => `الصفوف المستبعدة (${n})`,
  excludedHead: { row: 'الصف', id: 'id', reason: 'السبب', detail: 'التفاصيل' },
  reasons: {
    column_count: 'عدد خلايا غير صحيح',
    not_an_object: 'ليس صفًا',
    invalid_input: 'عامل غير صالح',
    incomplete_input: 'عامل غير معروف',
    missing_time: 'لا زمن',
    invalid_time: 'زمن غير صالح',
    invalid_event: 'قيمة event ليست 0 ولا 1',
  },
  moreExcluded: (n) => `توجد ${n} صفوف مستبعدة أخرى في الملفات المنزّلة.`,
  noneExcluded: 'استُخدمت كل الصفوف.',
  downloadJson: 'نزّل التقرير (JSON)',
  downloadCsv: 'نزّل التقرير (CSV)',
  groups: { low: 'خطر منخفض', intermediate: 'خطر متوسط', high: 'خطر مرتفع' },
};
