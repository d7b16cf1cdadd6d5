package com.homebound.security;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import com.homebound.process.AsSystem;

/**
 * CVE-2026-77226, unpatched in Camunda 7.24 CE: the webapps' setup page creates an administrator,
 * without a login, whenever the camunda-admin group has no direct member. So the last direct member
 * can be neither removed from the group nor deleted, and the group itself stays.
 */
class LastAdministratorGuard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl engine;
    private final AsSystem system;

    LastAdministratorGuard(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
        this.system = new AsSystem(engine.getIdentityService());
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof DeleteMembershipCmd) {
            String groupId = CommandFields.read(command, "groupId");
            if (Groups.CAMUNDA_ADMIN.equals(groupId)) {
                refuseIfLast(CommandFields.read(command, "userId"));
            }
        } else if (command instanceof DeleteUserCmd) {
            refuseIfLast(CommandFields.read(command, "userId"));
        } else if (command instanceof DeleteGroupCmd && Groups.CAMUNDA_ADMIN.equals(CommandFields.read(command, "groupId"))) {
            throw new RefusedRequest(409, "The camunda-admin group cannot be deleted");
        }
        return next.execute(command);
    }

    private void refuseIfLast(String userId) {
        if (userId == null) {
            return;
        }
        long members = system.call(() -> engine.getIdentityService().createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count());
        long self = system.call(() -> engine.getIdentityService().createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId(userId).count());
        if (self > 0 && members <= 1) {
            throw new RefusedRequest(409, "The last Camunda administrator cannot be removed: make another user an administrator first");
        }
    }
}
