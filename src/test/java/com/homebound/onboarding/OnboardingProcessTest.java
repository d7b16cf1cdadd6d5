package com.homebound.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.ItemType;
import com.homebound.support.ProcessTestCase;
import com.homebound.training.TrainingSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.ResponseStatusException;

class OnboardingProcessTest extends ProcessTestCase {

    @Autowired BundleItemRepository bundle;
    @Autowired EmployeeRepository employees;
    @Autowired TrainingSessions trainingSessions;

    @Test
    void newHireWithoutBroadbandIsReadyOnceEveryBranchIsDone() {
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 1);
        stockOf("Orange Airbox 4G", ItemType.FOUR_G_BOX, 1);
        stockOf("Lenovo ThinkPad E14 Gen 6", ItemType.LAPTOP, 0);
        long session = onlySessionWithRoom(1, "10:00", 20);
        var form = onboardingForm();
        ProcessInstance onboarding = start(form);
        long caseId = caseIdOf(onboarding);

        assertThat(onboarding).hasPassed("RegisterCase", "ChooseBundle")
                .isWaitingAt("ProvisionEquipment", "SendContract", "SetUpAccountsAndVpn", "WaitForLaptop");
        assertThat(bundle.itemsOf(caseId)).extracting(BundleItem::itemType)
                .containsExactlyInAnyOrder(ItemType.LAPTOP, ItemType.HEADSET, ItemType.FOUR_G_BOX);
        assertThat(task("SendContract", onboarding)).hasCandidateGroup("hr")
                .hasName("Send contract with telework clause to " + form.get("fullName"));

        receiveImageShipAndDeliver(provisioningOf(onboarding, ItemType.HEADSET), false, false);
        receiveImageShipAndDeliver(provisioningOf(onboarding, ItemType.FOUR_G_BOX), false, false);
        ProcessInstance laptop = provisioningOf(onboarding, ItemType.LAPTOP);
        assertThat(task("ReceiveFromVendor", laptop)).hasCandidateGroup("it");
        receiveImageShipAndDeliver(laptop, true, true);
        assertThat(onboarding).isWaitingAt("WaitForLaptop");
        runJob(laptop, "ReportLaptopReady");
        assertThat(onboarding).hasPassed("PlaceInTrainingSession", "InviteToTraining").isWaitingAt("AttendanceRecorded");
        assertThat(outboxSubjectsTo((String) form.get("personalEmail"))).anyMatch(s -> s.startsWith("Your remote training"));

        complete(onboarding, "SendContract", "contractReference", "ENV-42");
        complete(onboarding, "RecordSignedContract", "signedOn", LocalDate.now().toString(), "signedCopyReference", "SIGNED-42");
        complete(onboarding, "SetUpAccountsAndVpn", "accountLogin", "amina.berrada", "mailboxCreated", true,
                "vpnAccessGranted", true, "mfaEnrolled", true);
        daysLater(2);
        trainingSessions.recordAttendance(session, List.of(caseId), "hrtest");

        assertThat(onboarding).hasPassed("MarkCaseReady").isEnded();
        assertThat(jdbc.sql("select status from onboarding_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo(CaseStatus.READY.name());
        assertThat(bundle.itemsOf(caseId)).extracting(BundleItem::state).containsOnly(BundleItemState.DELIVERED);
        assertThat(outboxSubjectsTo("maria.manager@acme.example")).contains(form.get("fullName") + " is ready to work from home");
        assertThat(outboxSubjectsTo((String) form.get("workEmail"))).contains("You are ready to work from home");
    }

    @Test
    void relocatedDeveloperKeepsLaptopWhichIsOnlyReimaged() {
        onlySessionWithRoom(1, "10:00", 20);
        ProcessInstance onboarding = startOnboarding("caseType", "relocation", "profile", "developer", "hasBroadband", true);
        long caseId = caseIdOf(onboarding);

        assertThat(bundle.itemsOf(caseId)).extracting(BundleItem::itemType)
                .containsExactlyInAnyOrder(ItemType.LAPTOP, ItemType.HEADSET);
        assertThat(onboarding).isWaitingAt("SendAmendment");
        ProcessInstance laptop = provisioningOf(onboarding, ItemType.LAPTOP);
        assertThat(laptop).isWaitingAt("ImageLaptop");
        complete(laptop, "ImageLaptop", allHardeningConfirmed());
        assertThat(laptop).hasNotPassed("ReceiveFromVendor", "ShipToHome");
        runJob(laptop, "ReportLaptopReady");

        assertThat(laptop).isEnded();
        assertThat(onboarding).isWaitingAt("AttendanceRecorded");
        BundleItem kept = bundle.itemsOf(caseId).stream().filter(i -> i.itemType() == ItemType.LAPTOP).findFirst().orElseThrow();
        assertThat(kept.source()).isEqualTo(BundleItem.KEPT);
        assertThat(kept.state()).isEqualTo(BundleItemState.IMAGED);
    }

    @Test
    void unsignedContractSendsAReminderAfter3DaysAndEscalatesToHrAfter7() {
        var form = onboardingForm();
        ProcessInstance onboarding = start(form);
        String personalEmail = (String) form.get("personalEmail");
        complete(onboarding, "SendContract", "contractReference", "ENV-7");
        assertThat(onboarding).isWaitingAt("RecordSignedContract");

        Job reminder = managementService.createJobQuery().processInstanceId(onboarding.getId()).activityId("UnsignedAfter3Days").singleResult();
        assertThat(reminder.getDuedate()).isCloseTo(Date.from(new Date().toInstant().plus(3, ChronoUnit.DAYS)), 60_000);
        runJob(onboarding, "UnsignedAfter3Days");
        assertThat(onboarding).hasPassed("RemindToSign").isWaitingAt("RecordSignedContract");
        assertThat(outboxSubjectsTo(personalEmail)).contains("Reminder: please sign your contract with telework clause");

        runJob(onboarding, "UnsignedAfter7Days");
        assertThat(onboarding).isWaitingAt("ChaseUnsignedContract").isNotWaitingAt("RecordSignedContract");
        assertThat(task("ChaseUnsignedContract", onboarding)).hasCandidateGroup("hr");
        complete(onboarding, "ChaseUnsignedContract", "chaseNote", "Called Amina, she signs tonight");

        assertThat(onboarding).isWaitingAt("RecordSignedContract");
        assertThat(jdbc.sql("select chase_note from contract where case_id = ?").param(caseIdOf(onboarding)).query(String.class).single())
                .isEqualTo("Called Amina, she signs tonight");
    }

    @Test
    void aNoShowIsPlacedIntoALaterSessionAndInvitedAgain() {
        long first = onlySessionWithRoom(1, "09:30", 20);
        long later = trainingSessions.create(LocalDate.now().plusDays(3).toString(), "14:00", "https://meet.acme.example/b-" + System.nanoTime(), 20, "hrtest").id();
        var form = onboardingForm("caseType", "relocation", "profile", "team-lead", "hasBroadband", true);
        ProcessInstance onboarding = start(form);
        long caseId = caseIdOf(onboarding);
        String workEmail = (String) form.get("workEmail");
        ProcessInstance laptop = provisioningOf(onboarding, ItemType.LAPTOP);
        complete(laptop, "ImageLaptop", allHardeningConfirmed());
        runJob(laptop, "ReportLaptopReady");
        assertThat(sessionsOf(caseId)).containsExactly(first);

        daysLater(2);
        var report = trainingSessions.recordAttendance(first, List.of(), "hrtest");
        assertThat(report.noShows()).isEqualTo(1);
        assertThat(onboarding).isWaitingAt("AttendanceRecorded");
        assertThat(sessionsOf(caseId)).as("placed into the later session").containsExactly(first, later);
        daysLater(4);
        trainingSessions.recordAttendance(later, List.of(caseId), "hrtest");

        assertThat(onboarding).hasPassed("Attended").isNotWaitingAt("AttendanceRecorded", "WaitForTrainingSession");
        List<Boolean> attendance = jdbc.sql("select attended from training_placement where case_id = ? order by id")
                .param(caseId).query(Boolean.class).list();
        assertThat(attendance).containsExactly(false, true);
        assertThat(outboxSubjectsTo(workEmail)).filteredOn(s -> s.startsWith("Your remote training")).hasSize(2);
    }

    @Test
    void attendanceCannotBeRecordedBeforeTheSessionStarts() {
        long session = onlySessionWithRoom(1, "10:00", 20);
        var form = onboardingForm("caseType", "relocation", "profile", "team-lead", "hasBroadband", true);
        ProcessInstance onboarding = start(form);
        long caseId = caseIdOf(onboarding);
        ProcessInstance laptop = provisioningOf(onboarding, ItemType.LAPTOP);
        complete(laptop, "ImageLaptop", allHardeningConfirmed());
        runJob(laptop, "ReportLaptopReady");
        String whenItStarts = dayAsHrReadsIt(LocalDate.now().plusDays(1)) + " at 10:00 (Europe/Paris)";

        assertThatThrownBy(() -> trainingSessions.recordAttendance(session, List.of(caseId), "hrtest"))
                .isInstanceOf(ResponseStatusException.class)
                .satisfies(e -> assertThat(((ResponseStatusException) e).getStatusCode().value()).isEqualTo(409))
                .hasMessageContaining("Attendance can be recorded once the session has started, from " + whenItStarts);

        assertThat(onboarding).isWaitingAt("AttendanceRecorded");
        assertThat(jdbc.sql("select attended from training_placement where case_id = ?").param(caseId).query(Boolean.class).list())
                .containsOnlyNulls();
        daysLater(2);
        trainingSessions.recordAttendance(session, List.of(caseId), "hrtest");
        assertThat(onboarding).hasPassed("Attended");
    }

    @Test
    void withNoSessionWithRoomTheCaseWaitsUntilHrAddsOne() {
        onlySessionWithRoom(0, null, 0);
        var form = onboardingForm("caseType", "relocation", "profile", "team-lead", "hasBroadband", true);
        ProcessInstance onboarding = start(form);
        long caseId = caseIdOf(onboarding);
        ProcessInstance laptop = provisioningOf(onboarding, ItemType.LAPTOP);
        complete(laptop, "ImageLaptop", allHardeningConfirmed());
        runJob(laptop, "ReportLaptopReady");
        assertThat(onboarding).hasPassed("PlaceInTrainingSession").isWaitingAt("WaitForTrainingSession");
        assertThat(trainingSessions.waiting()).isGreaterThanOrEqualTo(1);

        long added = trainingSessions.create(LocalDate.now().plusDays(2).toString(), "11:00", "https://meet.acme.example/c-" + System.nanoTime(), 5, "hrtest").id();
        runJob(onboarding, "WaitForTrainingSession");

        assertThat(onboarding).isWaitingAt("AttendanceRecorded");
        assertThat(sessionsOf(caseId)).containsExactly(added);
        assertThat(outboxSubjectsTo((String) form.get("workEmail"))).anyMatch(s -> s.startsWith("Your remote training"));
    }

    /**
     * Other tests' sessions are full (the database is shared), and with days > 0 HR adds one in that many days:
     * the session this test's people are placed into.
     */
    private long onlySessionWithRoom(int days, String time, int capacity) {
        jdbc.sql("update training_session set capacity = placed where placed < capacity").update();
        return days == 0 ? 0 : trainingSessions.create(LocalDate.now().plusDays(days).toString(), time,
                "https://meet.acme.example/onboarding-" + System.nanoTime(), capacity, "hrtest").id();
    }

    private List<Long> sessionsOf(long caseId) {
        return jdbc.sql("select session_id from training_placement where case_id = ? order by id").param(caseId).query(Long.class).list();
    }

    private static String dayAsHrReadsIt(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH).format(day);
    }

    /** Moves the engine's clock, as if the days had passed. ProcessTestCase puts it back after each test. */
    private static void daysLater(int days) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(days, ChronoUnit.DAYS)));
    }

    @Test
    void startWithInvalidFieldsIsRefusedNamingEachFieldAndCreatesNothing() {
        long casesBefore = jdbc.sql("select count(*) from onboarding_case").query(Long.class).single();
        long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("onboarding").count();

        assertThatThrownBy(() -> startOnboarding("fullName", " ", "workEmail", "amina-at-acme", "country", "XX",
                "profile", "astronaut"))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Full name is required")
                .hasMessageContaining("Work email must be one email address")
                .hasMessageContaining("Country must be a two-letter ISO country code")
                .hasMessageContaining("Profile must be one of");

        assertThat(jdbc.sql("select count(*) from onboarding_case").query(Long.class).single()).isEqualTo(casesBefore);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("onboarding").count()).isEqualTo(instancesBefore);
    }

    @Test
    void implausibleDatesListsOfAddressesAndMarkupAreRefusedByLabelWithoutRepeatingTheValue() {
        long casesBefore = jdbc.sql("select count(*) from onboarding_case").query(Long.class).single();

        assertThatThrownBy(() -> startOnboarding("startDate", "1900-01-01", "personalEmail", "a,b@home.example",
                "fullName", "Amina <b>Berrada</b>", "street", "12 rue <script>", "phone", "call me maybe 555"))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Start date must be between 2000-01-01 and ")
                .hasMessageContaining("Personal email must be one email address")
                .hasMessageContaining("Full name may not contain < or >")
                .hasMessageContaining("Street address may not contain < or >")
                .hasMessageContaining("Phone must be a phone number")
                .hasMessageNotContaining("a,b@home.example")
                .hasMessageNotContaining("call me maybe");
        assertThatThrownBy(() -> startOnboarding("startDate", "+999999999-01-01"))
                .hasMessageContaining("Start date must be between 2000-01-01 and ");

        assertThat(jdbc.sql("select count(*) from onboarding_case").query(Long.class).single()).isEqualTo(casesBefore);
    }

    @Test
    void twoStartsRacingForAKnownEmployeeOpenOneCase() throws Exception {
        var form = onboardingForm();
        // Known from an earlier case, so both starts update the same employee rather than insert one.
        employees.save(new Employee(null, (String) form.get("employeeId"), "Amina Berrada", "a@acme.example", "a@home.example",
                "+33 6 12 34 56 78", "1 rue Nationale", "37000", "Tours", "FR", "testmanager"));
        var ready = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> starts = List.of(
                pool.submit(() -> { ready.await(); return start(form); }),
                pool.submit(() -> { ready.await(); return start(new java.util.HashMap<>(form)); }));
        ready.countDown();
        int failed = 0;
        for (var started : starts) {
            try {
                started.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
            }
        }
        pool.shutdown();

        assertThat(failed).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from onboarding_case c join employee e on e.id = c.employee_id where e.employee_number = ?")
                .param(form.get("employeeId")).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void unknownManagerAndSecondOpenCaseForTheSameEmployeeAreRefused() {
        assertThatThrownBy(() -> startOnboarding("managerId", "nobody"))
                .hasMessageContaining("Manager names no user");

        var form = onboardingForm();
        ProcessInstance first = start(form);
        String employeeId = (String) form.get("employeeId");
        assertThatThrownBy(() -> startOnboarding("employeeId", employeeId))
                .hasMessageContaining("Employee id already has onboarding case " + caseIdOf(first) + " in progress");
    }
}
