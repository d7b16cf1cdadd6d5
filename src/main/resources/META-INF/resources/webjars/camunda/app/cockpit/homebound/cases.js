// Cockpit lists a process's instances by id and business key ("case-42"): this tab, on the
// process definition's page, says who each running case is for. It reads the engine's REST API
// with the viewer's own session, so it shows only what they may already see.
const escape = text => String(text ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));

async function call(api, path, body) {
  const response = await fetch(api.engineApi + path, {
    method: body ? "POST" : "GET",
    credentials: "same-origin",
    headers: Object.assign({"Accept": "application/json", "X-XSRF-TOKEN": api.CSRFToken}, body ? {"Content-Type": "application/json"} : {}),
    body: body ? JSON.stringify(body) : undefined
  });
  return response.ok ? response.json() : [];
}

export default {
  id: "homebound.cases",
  pluginPoint: "cockpit.processDefinition.runtime.tab",
  priority: 20,
  label: "People",
  render: async (node, {api, processDefinitionId}) => {
    node.innerHTML = "<p>Loading…</p>";
    const instances = await call(api, `/process-instance?processDefinitionId=${encodeURIComponent(processDefinitionId)}&maxResults=200`);
    const names = {};
    if (instances.length) {
      const variables = await call(api, "/variable-instance?maxResults=1000", {
        variableName: "employeeName", processInstanceIdIn: instances.map(i => i.id)
      });
      variables.forEach(v => { names[v.processInstanceId] = v.value; });
    }
    node.innerHTML = instances.length === 0 ? "<p>No running case.</p>" : `<table class="cam-table">
      <thead><tr><th>Case</th><th>For</th><th>Instance</th></tr></thead>
      <tbody>${instances.map(i => `<tr class="homebound-case"><td>${escape(i.businessKey)}</td><td>${escape(names[i.id] || "")}</td>
        <td><a href="#/process-instance/${encodeURIComponent(i.id)}/runtime">${escape(i.id)}</a></td></tr>`).join("")}</tbody></table>`;
  }
};
