// The corpus scores the router must keep. Raise these as the router improves; never lower them.
export const CORPUS_FLOOR = {tuning: 0.94, holdout: 0.82} as const;
