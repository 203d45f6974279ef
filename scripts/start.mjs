// `npm start` until Storybook exists: say so instead of failing.
console.log('Storybook is not set up yet; it arrives with the component. For now, `npm test` runs the suite.');
