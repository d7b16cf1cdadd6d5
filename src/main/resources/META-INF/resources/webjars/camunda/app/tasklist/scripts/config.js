// Homebound's Tasklist settings. This file shadows the webjar's own config.js (application classes
// come first on the class path); the shortcuts below are Camunda's defaults, kept.
export default {
  // The header reads "Homebound Tasklist".
  app: {
    name: 'Tasklist',
    vendor: 'Homebound'
  },
  // Forms show dates day/month/year; Tasklist's own dates (due, created) follow suit.
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm'
  },
  // homebound/tasklist.js: "Create task" only for users allowed to create tasks; refusals scrolled into view.
  customScripts: ['homebound/tasklist'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
