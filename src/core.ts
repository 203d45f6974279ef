// invite-kit/core: the React-free part, for a plain Node script or server
// code without React installed. It imports no React at all.
export * from './api/index.js';
