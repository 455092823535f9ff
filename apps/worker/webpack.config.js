const { nodeApp } = require('../../tools/webpack/node-app');

module.exports = nodeApp(__dirname);
