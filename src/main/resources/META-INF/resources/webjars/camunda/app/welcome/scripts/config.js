// Homebound's Welcome settings. This file shadows the webjar's own config.js (application classes come
// first on the class path).
export default {
  // The header reads "Homebound Welcome".
  app: {
    name: 'Welcome',
    vendor: 'Homebound'
  }
};
