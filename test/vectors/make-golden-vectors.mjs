// Independent oracle for the golden vectors. It does NOT import the engine: it restates the
// published hazard ratios and group risks (Zheng et al., Ann Surg Oncol 2025;32:1176-1186,
// abstract) and this project's derived points and cut-offs (Sullivan method, written out in the
// docs/model.md and in shared/lms-model.ts `derivation`) as plain tables, and brute-forces every unknown,
// so a bug in the engine's range logic cannot hide in both.
// Run: node test/vectors/make-golden-vectors.mjs > test/vectors/golden-vectors.json
const KI67 = { '<3': [0, 1], '3-20': [3, 10.36], '>20': [4, 18.3] }; // level: [points, HR]
const BOOL = {
  vascularInvasion: { true: [2, 5.03], false: [0, 1] },
  lymphNodeMetastasis: { true: [1, 2.24], false: [0, 1] },
  adjuvantTherapy: { true: [0, 1], false: [1, 3.03] },
};
const GROUPS = [
  ['low', 0, 2, 0.029],
  ['intermediate', 3, 4, 0.208],
  ['high', 5, 8, 0.497],
];
const round6 = (x) => Math.round(x * 1e6) / 1e6;
const band = (v) => (v < 3 ? '<3' : v <= 20 ? '3-20' : '>20');
const groupOf = (p) => GROUPS.find(([, lo, hi]) => p >= lo && p <= hi);

function one(profile) {
  const [kp, kh] = KI67[profile.ki67];
  let points = kp;
  let hr = kh;
  for (const [f, table] of Object.entries(BOOL)) {
    const [p, h] = table[profile[f]];
    points += p;
    hr *= h;
  }
  return { points, hr };
}

/** Every complete profile consistent with the input; null means unknown. */
function completions(input) {
  const k = input.ki67 === null ? Object.keys(KI67) : [typeof input.ki67 === 'number' ? band(input.ki67) : input.ki67];
  let out = k.map((ki67) => ({ ki67 }));
  for (const f of Object.keys(BOOL)) {
    const vals = input[f] === null ? [true, false] : [input[f]];
    out = out.flatMap((o) => vals.map((v) => ({ ...o, [f]: v })));
  }
  return out;
}

function expected(input) {
  const all = completions(input).map(one);
  const pts = all.map((a) => a.points);
  const hrs = all.map((a) => a.hr);
  const groups = GROUPS.filter(([id]) => all.some((a) => groupOf(a.points)[0] === id)).map(([id]) => id);
  const complete = all.length === 1;
  const single = groups.length === 1;
  const out = {
    complete,
    points: complete ? pts[0] : null,
    pointsRange: [Math.min(...pts), Math.max(...pts)],
    riskGroup: single ? groups[0] : null,
    possibleRiskGroups: groups,
    risk: single ? GROUPS.find(([id]) => id === groups[0])[3] : null,
    horizonYears: 5,
    relativeHazard: complete ? round6(hrs[0]) : null,
    relativeHazardRange: [round6(Math.min(...hrs)), round6(Math.max(...hrs))],
  };
  if (input.adjuvantTherapy === false) {
    const w = expected({ ...input, adjuvantTherapy: true });
    // Every field of the what-if summary (the result's own fields but complete and horizon).
    const { complete: _c, horizonYears: _h, whatIf: _w, ...summary } = w;
    out.whatIf = { adjuvantTherapy: summary };
  }
  return out;
}

const cases = [];
const add = (group, name, input, extra = {}) =>
  cases.push({ group, name, input, ...extra, expected: expected(normal(input)) });
// The oracle's view of an input: bands as level ids, absent as null.
const normal = (input) => {
  const n = { ki67: null, vascularInvasion: null, lymphNodeMetastasis: null, adjuvantTherapy: null, ...input };
  return n;
};

for (const ki67 of Object.keys(KI67)) {
  for (const vascularInvasion of [false, true]) {
    for (const lymphNodeMetastasis of [false, true]) {
      for (const adjuvantTherapy of [true, false]) {
        const input = { ki67, vascularInvasion, lymphNodeMetastasis, adjuvantTherapy };
        add(
          'complete',
          `Ki-67 ${ki67}%, VI ${vascularInvasion}, LN ${lymphNodeMetastasis}, adjuvant ${adjuvantTherapy}`,
          input,
        );
      }
    }
  }
}
for (const ki67 of [0, 2.99, 3, 20, 20.01, 100]) {
  add(
    'boundary',
    `Ki-67 ${ki67}% falls in band ${band(ki67)}`,
    { ki67, vascularInvasion: false, lymphNodeMetastasis: false, adjuvantTherapy: true },
    { level: band(ki67) },
  );
}
const full = { ki67: '3-20', vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false };
for (const f of Object.keys(full)) {
  const { [f]: _dropped, ...rest } = full;
  add('partial', `${f} unknown (absent)`, rest);
  add('partial', `${f} unknown (null)`, { ...full, [f]: null });
}
add('partial', 'all four unknown', {});
add('partial', 'Ki-67 >20% and vascular invasion alone already settle the high group', {
  ki67: '>20',
  vascularInvasion: true,
});
add('partial', 'Ki-67 <3% with adjuvant therapy alone settles the low group', {
  ki67: '<3',
  lymphNodeMetastasis: true,
  adjuvantTherapy: true,
});

const invalid = [
  ['input is an array', [], [['input', 'invalid_type']]],
  ['input is a string', 'ki67=5', [['input', 'invalid_type']]],
  ['input is null', null, [['input', 'invalid_type']]],
  ['Ki-67 is negative', { ki67: -1 }, [['ki67', 'out_of_range']]],
  ['Ki-67 is above 100', { ki67: 100.5 }, [['ki67', 'out_of_range']]],
  ['Ki-67 is not a number', { ki67: 'twelve' }, [['ki67', 'invalid_number']]],
  ['Ki-67 is Infinity as text', { ki67: 'Infinity' }, [['ki67', 'invalid_number']]],
  ['Ki-67 is a boolean', { ki67: true }, [['ki67', 'invalid_type']]],
  ['Ki-67 is an empty string in JSON', { ki67: '' }, [['ki67', 'empty']]],
  ['vascular invasion is "maybe"', { vascularInvasion: 'maybe' }, [['vascularInvasion', 'invalid_boolean']]],
  ['lymph node metastasis is 2', { lymphNodeMetastasis: 2 }, [['lymphNodeMetastasis', 'invalid_boolean']]],
  ['adjuvant therapy is an object', { adjuvantTherapy: { given: true } }, [['adjuvantTherapy', 'invalid_type']]],
  ['a misspelt field is named', { ki_67: 12 }, [['ki_67', 'unknown_field']]],
  [
    'two bad fields are both named',
    { ki67: 101, vascularInvasion: 'perhaps' },
    [
      ['ki67', 'out_of_range'],
      ['vascularInvasion', 'invalid_boolean'],
    ],
  ],
].map(([name, input, problems]) => ({
  group: 'invalid',
  name,
  input,
  problems: problems.map(([field, code]) => ({ field, code })),
}));
// JSON text, because a JS object literal cannot carry an own "__proto__" key.
invalid.push({
  group: 'invalid',
  name: 'a __proto__ key is refused',
  json: '{"__proto__":{"polluted":true},"ki67":5}',
  problems: [{ field: '__proto__', code: 'forbidden_field' }],
});
invalid.push({
  group: 'invalid',
  name: 'a constructor key is refused',
  input: { constructor: 1 },
  problems: [{ field: 'constructor', code: 'forbidden_field' }],
});

const text = [
  [
    'text: empty cells are unknown',
    { ki67: '', vascularInvasion: '', lymphNodeMetastasis: '', adjuvantTherapy: '' },
    {},
  ],
  [
    'text: yes/no and a numeric string',
    { ki67: '12.5', vascularInvasion: 'Yes', lymphNodeMetastasis: 'no', adjuvantTherapy: 'NO' },
    { ki67: 12.5, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false },
  ],
  [
    'text: 1/0 and a band with a percent sign',
    { ki67: '>20%', vascularInvasion: '0', lymphNodeMetastasis: '1', adjuvantTherapy: '1' },
    { ki67: '>20', vascularInvasion: false, lymphNodeMetastasis: true, adjuvantTherapy: true },
  ],
  [
    'text: true/false in capitals and a percent number',
    { ki67: '3%', vascularInvasion: 'TRUE', lymphNodeMetastasis: 'False' },
    { ki67: 3, vascularInvasion: true, lymphNodeMetastasis: false },
  ],
].map(([name, input, meaning]) => ({
  group: 'text',
  name,
  source: 'text',
  input,
  expected: expected(normal(meaning)),
}));

console.log(
  JSON.stringify(
    {
      about:
        'Golden vectors for the LMS, computed by test/vectors/make-golden-vectors.mjs from the published hazard ratios and the derived points, independently of the engine. Every layer (core, API, widget) must reproduce them.',
      cases: [...cases, ...text, ...invalid],
    },
    null,
    1,
  ),
);
