package com.homebound.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.ItemType;
import com.homebound.support.ProcessTestCase;
import com.homebound.tracking.ShipmentTracker;
import com.homebound.tracking.TrackingStatus;
import com.homebound.tracking.TrackingUpdate;

class EquipmentReturnProcessTest extends ProcessTestCase {

    @Autowired ShipmentTracker tracker;

    @Test
    void aReturnNotCollectedIsRemindedThreeTimesThenTheManagerIsTold() {
        var form = employeeWithEquipmentAtHome();
        ProcessInstance ret = startReturn((String) form.get("employeeId"), "back-on-site");
        String workEmail = (String) form.get("workEmail");

        assertThat(ret).hasPassed("AssignReturnCarrier");
        assertThat(task("ShipReturnKit", ret)).hasCandidateGroup("carrierColissimo");
        assertThat(taskService.getVariableLocal(task("ShipReturnKit", ret).getId(), "assignedCarrier")).isEqualTo("Colissimo");
        complete(ret, "ShipReturnKit", "trackingNumber", unique("KIT"));
        assertThat(outboxSubjectsTo(workEmail)).contains("Returning your equipment: a kit is on its way");
        assertThat(ret).isWaitingAt("CollectReturn");

        Date previous = new Date();
        for (int reminder = 1; reminder <= 3; reminder++) {
            Job next = managementService.createJobQuery().processInstanceId(ret.getId()).activityId("NotYetCollected").singleResult();
            assertThat(next.getDuedate()).isCloseTo(Date.from(previous.toInstant().plus(3, ChronoUnit.DAYS)), 60_000);
            // The job executor always runs a timer a little after it is due.
            ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
            previous = next.getDuedate();
            runJob(ret, "NotYetCollected");
        }
        assertThat(managementService.createJobQuery().processInstanceId(ret.getId()).activityId("NotYetCollected").count()).isZero();
        assertThat(outboxSubjectsTo(workEmail)).filteredOn(s -> s.startsWith("Reminder ")).hasSize(3);

        runJob(ret, "TwoWeeksNotCollected");
        assertThat(outboxSubjectsTo("maria.manager@acme.example"))
                .contains(form.get("fullName") + " has not returned their equipment after 2 weeks");
        assertThat(ret).isWaitingAt("CollectReturn");
    }

    @Test
    void collectedEquipmentIsWipedThenRestockedOrDisposedOfWithAReason() {
        var form = employeeWithEquipmentAtHome();
        ProcessInstance ret = startReturn((String) form.get("employeeId"), "leaving");
        complete(ret, "ShipReturnKit", "trackingNumber", unique("KIT"));
        complete(ret, "CollectReturn", "trackingNumber", unique("RET"));
        assertThat(outboxSubjectsTo((String) form.get("workEmail"))).noneMatch(s -> s.startsWith("Reminder "));

        List<Task> inspections = taskService.createTaskQuery().processInstanceId(ret.getId()).taskDefinitionKey("InspectReturnedItem").list();
        assertThat(inspections).hasSize(1);
        Task headset = inspections.get(0);
        assertThat(headset.getName()).startsWith("Wipe, then restock or dispose of headset (Jabra Evolve2 40) from ");
        assertThatThrownBy(() -> taskService.complete(headset.getId(), Map.of("wiped", true, "outcome", "dispose")))
                .hasMessageContaining("Why it is disposed of is required when the item is disposed of");
        assertThatThrownBy(() -> taskService.complete(headset.getId(), Map.of("wiped", false, "outcome", "restock")))
                .hasMessageContaining("Wiping the item must be confirmed");
        taskService.complete(headset.getId(), Map.of("wiped", true, "outcome", "dispose", "disposalReason", "Cracked headband"));

        assertThat(ret).hasPassed("CloseReturn").isEnded();
        long returnId = jdbc.sql("select id from equipment_return where process_instance_id = ?").param(ret.getId()).query(Long.class).single();
        assertThat(jdbc.sql("select status from equipment_return where id = ?").param(returnId).query(String.class).single()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select a.state from return_item r join asset a on a.id = r.asset_id where r.return_id = ?")
                .param(returnId).query(String.class).single()).isEqualTo("DISPOSED");
    }

    @Test
    void theAssignedCarriersReportUnderTheReturnsReferenceCollectsTheEquipmentAnotherCarriersDoesNot() {
        var form = employeeWithEquipmentAtHome();
        ProcessInstance ret = startReturn((String) form.get("employeeId"), "leaving");
        complete(ret, "ShipReturnKit", "trackingNumber", unique("KIT"));
        String reference = runtimeService.createProcessInstanceQuery().processInstanceId(ret.getId()).singleResult().getBusinessKey();
        assertThat(reference).startsWith("HB-R");

        String dhlTracking = unique("RETDHL");
        assertThat(tracker.apply(pickedUp(dhlTracking, "dhl", reference))).isEqualTo(ShipmentTracker.Outcome.UNMATCHED);
        assertThat(ret).isWaitingAt("CollectReturn");

        String tracking = unique("RET");
        assertThat(tracker.apply(pickedUp(tracking, "colissimo", reference))).isEqualTo(ShipmentTracker.Outcome.APPLIED);
        assertThat(ret).isWaitingAt("InspectReturnedItem");
        assertThat(jdbc.sql("select carrier from shipment where tracking_number = ?").param(tracking).query(String.class).single())
                .isEqualTo("Colissimo");
    }

    @Test
    void aKeptLaptopGoesBackIntoStockUnderItsCatalogueModel() {
        var form = onboardingForm("caseType", "relocation", "profile", "developer", "hasBroadband", true);
        ProcessInstance onboarding = start(form);
        ProcessInstance laptop = provisioningOf(onboarding, ItemType.LAPTOP);
        complete(laptop, "ImageLaptop", allHardeningConfirmed());
        ProcessInstance ret = startReturn((String) form.get("employeeId"), "leaving");
        complete(ret, "ShipReturnKit", "trackingNumber", unique("KIT"));
        complete(ret, "CollectReturn", "trackingNumber", unique("RET"));
        Task inspection = taskService.createTaskQuery().processInstanceId(ret.getId()).taskDefinitionKey("InspectReturnedItem").singleResult();
        String serial = unique("PF");

        assertThatThrownBy(() -> taskService.complete(inspection.getId(), Map.of("wiped", true, "outcome", "restock",
                "serialNumber", serial, "assetTag", unique("HB"))))
                .hasMessageContaining("Catalogue model is required to put this laptop back in stock");
        taskService.complete(inspection.getId(), Map.of("wiped", true, "outcome", "restock", "serialNumber", serial,
                "assetTag", unique("HB"), "restockModel", "Dell Latitude 7450"));

        assertThat(jdbc.sql("select model || '|' || state from asset where serial_number = ?").param(serial).query(String.class).single())
                .isEqualTo("Dell Latitude 7450|IN_STOCK");
    }

    @Test
    void aTeamReturnStartsOneReturnPerPersonWithEquipment() {
        String manager = "teamlead" + unique("x").replace("-", "");
        var user = identityService.newUser(manager);
        user.setEmail(manager + "@acme.example");
        identityService.saveUser(user);
        employeeWithEquipmentAtHome("managerId", manager);
        employeeWithEquipmentAtHome("managerId", manager);
        startOnboarding("managerId", manager);

        ProcessInstance team = runtimeService.startProcessInstanceByKey("team-equipment-return", Map.of("managerId", manager, "reason", "back-on-site"));

        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(team.getId()).count()).isEqualTo(2);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("team-equipment-return", Map.of("managerId", "nobody", "reason", "leaving")))
                .hasMessageContaining("Manager has nobody reporting to them with Homebound equipment");
    }

    @Test
    void aReturnForSomeoneWithNothingAtHomeIsRefused() {
        var form = onboardingForm();
        start(form);
        assertThatThrownBy(() -> startReturn((String) form.get("employeeId"), "leaving"))
                .hasMessageContaining("has no Homebound equipment at home");
        assertThatThrownBy(() -> startReturn("E-NOBODY", "holidays"))
                .hasMessageContaining("Employee id matches no employee")
                .hasMessageContaining("Why the equipment comes back must be one of");
    }

    /** An employee whose headset was delivered; the laptop and box are still on their way. */
    private Map<String, Object> employeeWithEquipmentAtHome(Object... overrides) {
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 1);
        var form = onboardingForm(overrides);
        ProcessInstance onboarding = start(form);
        // The headset ships alone: the laptop and box are late beyond the kit's wait.
        ProcessInstance kit = kitShippingNow(provisioningOf(onboarding, ItemType.HEADSET));
        complete(kit, "ShipToHome", "trackingNumber", unique("DPD"));
        complete(kit, "ConfirmDelivery", "deliveredOn", LocalDate.now().toString());
        return form;
    }

    private static TrackingUpdate pickedUp(String tracking, String slug, String reference) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        return new TrackingUpdate("AFTERSHIP", "aftership:" + tracking, tracking, slug, reference, TrackingStatus.IN_TRANSIT, now,
                "Tours", "collected");
    }

    private ProcessInstance startReturn(String employeeId, String reason) {
        return runtimeService.startProcessInstanceByKey("equipment-return", Map.of("employeeId", employeeId, "reason", reason));
    }
}
