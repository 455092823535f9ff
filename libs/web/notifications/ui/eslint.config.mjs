import angular from '../../../../eslint.angular.config.mjs';

export default [...angular];
