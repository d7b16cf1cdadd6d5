package com.homebound.security;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * What each group may do, granted at start-up in every profile. Tasks themselves are visible to
 * their candidate group only: Camunda grants that per task when it is created.
 */
@Component
public class RoleAuthorizations implements InitializingBean {

    private static final String[] PROCESSES = {"onboarding", "equipment-provisioning", "kit-shipment", "parcel-incident", "equipment-return",
            "team-equipment-return"};
    private static final String[] STARTED_BY_HR = {"onboarding", "equipment-return", "team-equipment-return"};

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final IdentityService identity;

    public RoleAuthorizations(AuthorizationService authorizations, FilterService filters, TaskService tasks,
                              IdentityService identity) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.identity = identity;
    }

    @Override
    public void afterPropertiesSet() {
        group(Roles.HR, "Human resources");
        group(Roles.IT, "IT");
        group(Roles.CARRIERS, "Carriers");
        group(Roles.MANAGERS, "Managers");
        group(Roles.VENDORS, "Vendors (delivery notices)");
        for (String group : new String[] {Roles.HR, Roles.IT, Roles.CARRIERS, Roles.MANAGERS}) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, "*", Permissions.READ);
        }
        for (String group : new String[] {Roles.HR, Roles.IT, Roles.CARRIERS}) {
            for (String process : PROCESSES) {
                grant(group, Resources.PROCESS_DEFINITION, process, Permissions.READ);
            }
        }
        for (String process : STARTED_BY_HR) {
            grant(Roles.HR, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        grant(Roles.HR, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        // HR confirms waves in Tasklist; waves themselves are started by Homebound from HR's upload.
        grant(Roles.HR, Resources.PROCESS_DEFINITION, "continuity-wave", Permissions.READ);
        createTaskFilters();
    }

    /** The groups exist everywhere; their members are added in Camunda Admin (or by the demo). */
    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (authorization.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    /** Tasklist's left-hand filters: what my groups can pick up, and what I hold. */
    private void createTaskFilters() {
        if (filters.createFilterQuery().filterName("My group's tasks").count() == 0) {
            filters.saveFilter(filters.newTaskFilter("My group's tasks")
                    .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks())
                    .setProperties(Map.of("priority", -10, "description", "Tasks for any of my groups", "refresh", true)));
        }
        if (filters.createFilterQuery().filterName("Assigned to me").count() == 0) {
            filters.saveFilter(filters.newTaskFilter("Assigned to me")
                    .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))
                    .setProperties(Map.of("priority", -5, "description", "Tasks I claimed", "refresh", true)));
        }
    }
}
