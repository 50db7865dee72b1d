/** How big a generated programme is: its receiving hospitals and what each partnership does in a month at scale 1. */
export interface ProgrammeShape {
  receivingHospitals: number;
  perPartnershipMonth: { consultations: number; caseReviews: number; trainingSessions: number };
  /** The programme ledger: postings, visits, further study, techniques, research and consortia. */
  ledger?: {
    perPartnershipMonth: {
      postings: number;
      visits: number;
      furtherStudy: number;
      postgraduates: number;
      techniques: number;
      grantApplications: number;
      grantsAwarded: number;
      papers: number;
    };
    /** Over the whole programme, per partnership. */
    managementCadres: number;
    consortiumMembers: number;
    /** The share of new techniques that are new to the region. */
    regionalGapShare: number;
  };
}

/**
 * Shanghai's group-style aid to Kashgar No. 2 People's Hospital and Shigatse People's Hospital,
 * 2018–2020, as its report gives it: 238 consultations, 200+ case discussions, 12,000+ person-times
 * trained, 368 on further study, 560+ short-visit experts, 234 posted specialists and 8 cadres,
 * 51 in-service postgraduates, 89 techniques new to the region, 3 grant applications, 36 papers.
 * Over 36 months and two partnerships (72 partnership-months) that is, per partnership-month:
 */
export const PROGRAMME_PRESETS = {
  'shanghai-group-aid': {
    receivingHospitals: 2,
    // Not every request ends in a signed opinion or a conclusion: about 8 in 10 consultations and 7 in 10 discussions do.
    perPartnershipMonth: { consultations: 4.1, caseReviews: 4.0, trainingSessions: 6.5 },
    ledger: {
      perPartnershipMonth: {
        postings: 234 / 72,
        // A visit brings one to four experts, 2.5 on average.
        visits: 560 / 2.5 / 72,
        furtherStudy: 368 / 72,
        postgraduates: 51 / 72,
        techniques: 89 / 0.75 / 72,
        grantApplications: 3 / 72,
        grantsAwarded: 1 / 72,
        papers: 36 / 72,
      },
      managementCadres: 4,
      consortiumMembers: 12,
      regionalGapShare: 0.75,
    },
  },
} as const satisfies Record<string, ProgrammeShape>;

export type ProgrammePreset = keyof typeof PROGRAMME_PRESETS;

export const PROGRAMME_PRESET_NAMES = Object.keys(PROGRAMME_PRESETS) as ProgrammePreset[];

/** The figures the programme's own report published, keyed as the programme report keys them. */
export const PUBLISHED_FIGURES: Record<ProgrammePreset, Record<string, string>> = {
  'shanghai-group-aid': {
    consultations: '238',
    caseReviews: '200+',
    trainingPersonTimes: '12,000+',
    furtherStudy: '368',
    shortVisitExperts: '560+',
    postedSpecialists: '234',
    managementCadres: '8',
    postgraduates: '51',
    regionalGapsFilled: '89',
    grantApplications: '3',
    papers: '36',
    consortia: '2 (led by the two hospitals)',
  },
};
