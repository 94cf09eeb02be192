// The corpus scores the router must keep. Raise these as the router improves; never lower them.
// Dev is kept per collection (id prefix), so a collection joining it never lowers another's floor:
// `f-…` was an untouched holdout measured once at 76.8 %, `g-…` one measured once at 73.2 %
// (2026-12-02) and `h-…` one measured once at 61.3 % (2026-12-03, rules frozen first, its near
// repeats of studied messages removed before), `i-…` one measured once at 79.3 % (119/150,
// 2026-12-04, audited and frozen first; 63.8 %, 44/69, without its near repeats); all have
// been studied since (`i-…` reads 80.7 % after the first study), as has `j-…`, measured once at
// 65.7 % (23/35, 2026-12-04, collected by fixed queries in rank order with the rules frozen;
// 69.2 %, 18/26, without its near repeats), 77.1 % after its study. `e-…` was collected to study,
// `k-…` for the message families that had no text (its one miss is labelled from its thread).
export const CORPUS_FLOOR = {
  tuning: 0.95,
  holdout: 0.9,
  dev: {
    'e-': 0.92,
    'f-': 0.973,
    'g-': 0.848,
    'h-': 0.755,
    'i-': 0.8,
    'j-': 0.77,
    'k-': 0.66,
    'l-': 0.85,
    'm-': 0.84,
    'n-': 0.82,
    'o-': 0.84,
    'p-': 0.79,
    'q-': 0.76,
    'r-': 0.83,
    's-': 0.77,
    't-': 0.715,
    'u-': 0.8,
    'v-': 0.796,
    'w-': 0.857,
    'x-': 0.819,
    'y-': 0.827,
    'z-': 0.859,
    'za-': 0.853,
  },
} as const;
