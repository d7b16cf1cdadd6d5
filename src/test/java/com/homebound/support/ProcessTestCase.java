package com.homebound.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.ItemType;

/**
 * Process-path tests: the real app (delegates, DMN, tables) on a real database, with the job
 * executor off so each test decides when timers and async steps run.
 */
// Its own engine name: engines register statically by name, and the REST API of the app tests must keep "default".
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=processtests"})
@ActiveProfiles("test")
public abstract class ProcessTestCase {

    private static final AtomicInteger sequence = new AtomicInteger();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "process");
        TestMailServer.register(registry);
    }

    @Autowired protected ProcessEngine processEngine;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected TaskService taskService;
    @Autowired protected ManagementService managementService;
    @Autowired protected IdentityService identityService;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected AssetRepository assets;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
        if (identityService.createUserQuery().userId("testmanager").count() == 0) {
            User manager = identityService.newUser("testmanager");
            manager.setFirstName("Maria");
            manager.setLastName("Test");
            manager.setEmail("maria.manager@acme.example");
            manager.setPassword("manager-password");
            identityService.saveUser(manager);
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    /** The fields HR fills in the start form, with a fresh employee id; override any of them. */
    protected Map<String, Object> onboardingForm(Object... overrides) {
        int n = sequence.incrementAndGet();
        Map<String, Object> form = new HashMap<>(Map.ofEntries(
                Map.entry("employeeId", "T-" + System.nanoTime() % 1_000_000 + "-" + n),
                Map.entry("fullName", "Amina Berrada " + n),
                Map.entry("workEmail", "amina" + n + "@acme.example"),
                Map.entry("personalEmail", "amina" + n + "@home.example"),
                Map.entry("phone", "+33 6 12 34 56 78"),
                Map.entry("street", "12 rue des Lilas"),
                Map.entry("postalCode", "37000"),
                Map.entry("city", "Tours"),
                Map.entry("country", "FR"),
                Map.entry("startDate", LocalDate.now().plusDays(10).toString()),
                Map.entry("caseType", "new-hire"),
                Map.entry("profile", "call-centre-agent"),
                Map.entry("hasBroadband", false),
                Map.entry("managerId", "testmanager")));
        for (int i = 0; i < overrides.length; i += 2) {
            form.put((String) overrides[i], overrides[i + 1]);
        }
        return form;
    }

    protected ProcessInstance startOnboarding(Object... overrides) {
        return start(onboardingForm(overrides));
    }

    protected ProcessInstance start(Map<String, Object> form) {
        ProcessInstance onboarding = runtimeService.startProcessInstanceByKey("onboarding", form);
        packReadyItems();
        return onboarding;
    }

    /**
     * Items ready to ship join their person's kit in a job of their own ("Pack item into the
     * employee's kit" is asynchronous); with the job executor off, the tests run those jobs here.
     */
    protected void packReadyItems() {
        for (Job job : managementService.createJobQuery().activityId("PackIntoKit").list()) {
            managementService.executeJob(job.getId());
        }
    }

    protected long caseIdOf(ProcessInstance onboarding) {
        return (Long) runtimeService.getVariable(onboarding.getId(), "caseId");
    }

    /** The provisioning instance of the case's item of this type. */
    protected ProcessInstance provisioningOf(ProcessInstance onboarding, ItemType type) {
        List<ProcessInstance> children = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(onboarding.getId()).list();
        return children.stream()
                .filter(child -> type.name().equals(runtimeService.getVariable(child.getId(), "itemType")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No running provisioning of a " + type + " for " + onboarding.getId()));
    }

    protected Task openTask(ProcessInstance instance, String taskKey) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("task %s of %s", taskKey, instance.getId()).isNotNull();
        return task;
    }

    protected void complete(ProcessInstance instance, String taskKey, Object... variables) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        taskService.complete(openTask(instance, taskKey).getId(), values);
        packReadyItems();
    }

    protected void runJob(ProcessInstance instance, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job at %s of %s", activityId, instance.getId()).isNotNull();
        managementService.executeJob(job.getId());
    }

    /** Serial numbers and asset tags that no other test uses. */
    protected static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 100_000_000 + sequence.incrementAndGet();
    }

    protected void stockOf(String model, ItemType type, int count) {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where model = ? and state = ?").params(model, AssetState.IN_STOCK.name()).update();
        for (int i = 0; i < count; i++) {
            assets.add(type, model, unique("SN"), unique("HB"), AssetState.IN_STOCK);
        }
    }

    protected List<String> outboxSubjectsTo(String recipient) {
        return jdbc.sql("select subject from outgoing_mail where recipient = ? order by id").param(recipient).query(String.class).list();
    }

    protected BundleItemState stateOf(long bundleItemId) {
        return BundleItemState.valueOf(jdbc.sql("select state from bundle_item where id = ?").param(bundleItemId).query(String.class).single());
    }

    protected void receiveImageShipAndDeliver(ProcessInstance provisioning, boolean purchased, boolean laptop) {
        if (purchased) {
            complete(provisioning, "ReceiveFromVendor", "serialNumber", unique("SN"), "assetTag", unique("HB"));
        }
        if (laptop) {
            complete(provisioning, "ImageLaptop", allHardeningConfirmed());
        }
        // One parcel per person: the item's kit ships once the person's other items are in it too.
        ProcessInstance kit = kitOf(provisioning);
        if (kit != null && taskService.createTaskQuery().processInstanceId(kit.getId()).taskDefinitionKey("ShipToHome").count() > 0) {
            complete(kit, "ShipToHome", "trackingNumber", unique("XY"));
            complete(kit, "ConfirmDelivery", "deliveredOn", LocalDate.now().toString(), "receivedBy", "Amina");
        }
    }

    /** The kit (shipment) the item of this provisioning travels in, or null if it is in none yet. */
    protected Long kitIdOf(ProcessInstance provisioning) {
        long itemId = (Long) runtimeService.getVariable(provisioning.getId(), "bundleItemId");
        return jdbc.sql("select max(shipment_id) from kit_item where bundle_item_id = ?").param(itemId).query(Long.class).single();
    }

    /** The running kit-shipment process of the item's kit, or null. */
    protected ProcessInstance kitOf(ProcessInstance provisioning) {
        Long kitId = kitIdOf(provisioning);
        return kitId == null ? null : runtimeService.createProcessInstanceQuery().processDefinitionKey("kit-shipment")
                .variableValueEquals("shipmentId", kitId).singleResult();
    }

    /** The item's kit, its wait for the person's other items cut short (as if it ran out): it is to ship now. */
    protected ProcessInstance kitShippingNow(ProcessInstance provisioning) {
        ProcessInstance kit = kitOf(provisioning);
        assertThat(kit).as("kit of %s", provisioning.getId()).isNotNull();
        if (managementService.createJobQuery().processInstanceId(kit.getId()).activityId("KitWaitOver").count() > 0) {
            runJob(kit, "KitWaitOver");
        }
        return kit;
    }

    protected static Object[] allHardeningConfirmed() {
        return new Object[] {"imageVersion", "W11-2026.11", "diskEncrypted", true, "antivirusActive", true, "firewallOn", true,
                "vpnProfileInstalled", true, "usbStorageBlocked", true, "autoUpdatesOn", true};
    }
}
