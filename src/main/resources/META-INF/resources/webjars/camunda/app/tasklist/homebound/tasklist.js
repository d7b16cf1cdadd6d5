// Loaded by scripts/config.js (customScripts). Four changes to what a Homebound user sees in Tasklist 7.24:
//
// 1. "Create task" is offered to everyone, but the engine lets only users with CREATE on Task create one;
//    the others got a permission error. styles/user-styles.css hides the menu entry; it is shown once the
//    engine confirms this user may create tasks. The engine still decides: this only stops offering it.
// 2. A refused start form shows its message at the top of the dialog, out of sight when the user has
//    scrolled down to "Start": the message is scrolled into view.
// 3. IT's page for bench reports and accounts lists (/it/uploads) is linked in the header, beside
//    "Create task", for members of the group it (/api/me; the page itself checks the group again).
// 4. The header links to Homebound's tracking page (/tracking), reached with this same login, for those it is for.
const engineApi = document.querySelector('base').getAttribute('engine-api');
const adminApi = document.querySelector('base').getAttribute('admin-api') || '/camunda/api/admin/';
const TASK = 7; // Resources.TASK

function offerCreateTaskIfAllowed(item) {
  if (item.dataset.homeboundChecked) {
    return;
  }
  item.dataset.homeboundChecked = 'yes';
  fetch(engineApi + 'engine/default/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=' + TASK,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(answer => answer.ok ? answer.json() : { authorized: false })
    .then(check => item.classList.toggle('homebound-may-create', check.authorized === true))
    .catch(() => item.classList.remove('homebound-may-create'));
}

function linkItUploads(createTaskItem) {
  const menu = createTaskItem.parentElement;
  if (!menu || menu.dataset.homeboundItUploads) {
    return;
  }
  menu.dataset.homeboundItUploads = 'asking';
  // Asks who the user is rather than probing the page: a refused page request left Tasklist loading
  // forever when HR came back from another Homebound page (TasklistClickThroughTest).
  fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(answer => answer.ok ? answer.json() : { groups: [] })
    .then(me => {
      const it = Array.isArray(me.groups) && me.groups.includes('it');
      menu.dataset.homeboundItUploads = it ? 'offered' : 'refused';
      if (!it || menu.querySelector('li.homebound-it-uploads')) {
        return;
      }
      const item = document.createElement('li');
      item.className = 'homebound-it-uploads';
      const link = document.createElement('a');
      link.href = '/it/uploads';
      link.textContent = 'IT bench uploads';
      item.appendChild(link);
      menu.insertBefore(item, createTaskItem);
    })
    .catch(() => {});
}

function refusalInDialog(node) {
  return node.matches && node.matches('.modal .notifications .alert-danger') ? node
      : node.querySelector && node.querySelector('.modal .notifications .alert-danger');
}

// Offered to those the page is for (managers, HR, IT): the page's own API says, once per login.
let trackingAllowed = null;

function linkToTracking() {
  if (document.querySelector('input[ng-model=username]')) {
    // The login form: whoever logs in next is asked again.
    trackingAllowed = null;
    document.getElementById('homebound-tracking')?.remove();
    return;
  }
  const header = document.querySelector('.navbar .navbar-header, [cam-widget-header] .navbar-header');
  if (!header || document.getElementById('homebound-tracking')) {
    return;
  }
  if (trackingAllowed === null) {
    trackingAllowed = 'asking';
    // Asked only with a session: Homebound's API answers a call without one with a basic-auth challenge,
    // which the browser would show as a login prompt over Tasklist's own login form.
    const json = { credentials: 'same-origin', headers: { Accept: 'application/json' } };
    fetch(adminApi + 'auth/user/default', json)
      .then(session => session.ok ? fetch('/api/tracking/me', json).then(answer => answer.ok) : null)
      .then(allowed => { trackingAllowed = allowed; if (allowed) { linkToTracking(); } })
      .catch(() => { trackingAllowed = null; });
    return;
  }
  if (trackingAllowed !== true) {
    return;
  }
  const link = document.createElement('a');
  link.id = 'homebound-tracking';
  link.className = 'navbar-brand homebound-tracking';
  link.href = '/tracking';
  link.textContent = 'Tracking';
  link.title = "Where everyone's equipment is";
  header.appendChild(link);
}

new MutationObserver(changes => {
  document.querySelectorAll('li.create-task-action').forEach(offerCreateTaskIfAllowed);
  document.querySelectorAll('li.create-task-action').forEach(linkItUploads);
  linkToTracking();
  for (const change of changes) {
    for (const node of change.addedNodes) {
      const refusal = node.nodeType === 1 && refusalInDialog(node);
      if (refusal) {
        refusal.scrollIntoView({ block: 'start' });
      }
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });

export default [];
