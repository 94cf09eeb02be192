// Every test starts from a known terminal: fixed width, no colour, no CI rendering mode.
process.stdout.columns = 100;
