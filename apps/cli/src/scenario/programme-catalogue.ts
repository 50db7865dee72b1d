/** The hospitals and departments of a generated aid programme, modelled on the public reports. */
export const GIVING_HOSPITALS = [
  { name: 'Shanghai Renji Hospital', nameZh: '上海交通大学医学院附属仁济医院', region: 'Shanghai' },
  { name: 'Shanghai Ruijin Hospital', nameZh: '上海交通大学医学院附属瑞金医院', region: 'Shanghai' },
  { name: 'Zhongshan Hospital, Fudan University', nameZh: '复旦大学附属中山医院', region: 'Shanghai' },
] as const;

/** Beijing time is the legal clock in Xinjiang and Tibet alike; Asia/Urumqi is never assumed. */
export const RECEIVING_HOSPITALS = [
  { name: "Kashgar No. 2 People's Hospital", nameZh: '喀什地区第二人民医院', region: 'Xinjiang', workingHours: { start: '09:30', end: '19:30' } },
  { name: "Shigatse People's Hospital", nameZh: '日喀则市人民医院', region: 'Tibet', workingHours: { start: '09:00', end: '18:00' } },
  { name: "Kashgar Prefecture First People's Hospital", nameZh: '喀什地区第一人民医院', region: 'Xinjiang', workingHours: { start: '09:30', end: '19:30' } },
] as const;

export const SPECIALTIES = [
  'cardiology',
  'oncology',
  'pediatrics',
  'obstetrics',
  'orthopedics',
  'neurology',
  'general-surgery',
  'radiology',
] as const;

export const TITLES = ['attending-physician', 'associate-chief-physician', 'associate-chief-physician', 'chief-physician'] as const;

export const SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun'];
export const GIVEN_NAMES = ['Wei', 'Fang', 'Min', 'Jing', 'Lei', 'Yan', 'Tao', 'Hui', 'Qiang', 'Lin', 'Xia', 'Jun'];

export const DECLINE_REASONS = [
  'no expert of the requested title is available within the requested time',
  'the case falls outside the department of the invited experts',
  'the imaging is insufficient for a remote opinion; please send a contrast CT',
];

/** A consultation's decline names its reason from the list, then in words. */
export const CONSULTATION_DECLINES = [
  { reasonCode: 'capacity', reason: DECLINE_REASONS[0] },
  { reasonCode: 'outside-specialty', reason: DECLINE_REASONS[1] },
  { reasonCode: 'insufficient-information', reason: DECLINE_REASONS[2] },
] as const;

/** What an expert asks before giving an opinion, and what the requesting clinician sends back. */
export const INFORMATION_LOOPS = [
  { question: 'Please send the most recent echocardiogram report: what was the ejection fraction?', answer: 'Echocardiogram of last week: ejection fraction 45%, moderate mitral regurgitation.' },
  { question: 'Has the patient received any anticoagulant in the past month?', answer: 'Warfarin until ten days ago, stopped before the biopsy; INR now 1.1.' },
  { question: 'Which antibiotics were given so far, and for how long?', answer: 'Ceftriaxone for five days, then piperacillin-tazobactam for three.' },
];

/** What requesting clinicians write when they rate an opinion. */
export const FEEDBACK_COMMENTS = [
  'clear advice; the patient was spared a transfer',
  'useful, though the follow-up plan came late',
  'the recommended work-up is not available locally',
];

export const CANCEL_REASONS = ['the patient was transferred', 'the patient withdrew consent', 'resolved locally before the session'];

export const TRAINING_TITLES: Record<string, string[]> = {
  lecture: ['Management of acute coronary syndrome', 'Early warning scores on the ward', 'Antibiotic stewardship'],
  'ward-round': ['Teaching ward round', 'Joint ward round on complex cases'],
  'surgical-guidance': ['Laparoscopic cholecystectomy: remote guidance', 'Fracture fixation: remote guidance'],
  workshop: ['Neonatal resuscitation workshop', 'Ultrasound-guided procedures workshop'],
};
