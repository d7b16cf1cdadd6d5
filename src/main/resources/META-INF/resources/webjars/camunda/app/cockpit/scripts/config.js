// Homebound's Cockpit settings. This file shadows the webjar's own config.js (application classes come
// first on the class path).
export default {
  // The header reads "Homebound Cockpit".
  app: {
    name: 'Cockpit',
    vendor: 'Homebound'
  },
  // A "People" tab on each process's page: who every running case is for (homebound/cases.js).
  customScripts: ['homebound/cases.js']
};
