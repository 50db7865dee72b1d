/** The reporter half of suite-order.js, in a file of its own because jest loads a reporter by path. */
module.exports = require('./suite-order').DurationRecorder;
