// This project's integration specs (the `integration` target); settings shared with the root run.
module.exports = require('../../../../jest.integration.preset.js').integrationProject(__dirname);
