const nxPreset = require('@nx/jest/preset').default;

// 15 s per test instead of Jest's 5 s: the machines `npm test` runs on differ by 2-3x in speed
// (a 1 s zip check took over 5 s beside the Angular specs on a slow one); a test that hangs still
// fails, just later.
module.exports = { ...nxPreset, testTimeout: 15000 };
