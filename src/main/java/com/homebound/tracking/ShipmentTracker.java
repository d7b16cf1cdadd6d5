package com.homebound.tracking;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCase;
import com.homebound.onboarding.OnboardingCaseRepository;
import com.homebound.process.AsSystem;
import com.homebound.returns.EquipmentReturn;
import com.homebound.returns.ReturnRepository;
import com.homebound.shipping.Carrier;
import com.homebound.shipping.Shipment;
import com.homebound.shipping.ShipmentRepository;
import com.homebound.process.FormText;

/**
 * Applies what carriers report, whatever the channel (webhook, manifest), each report in its own
 * transaction. Every report is kept; the shipment's state only moves forward in time; delivery
 * completes the process step, whoever reports it first.
 */
@Service
public class ShipmentTracker {

    public enum Outcome { APPLIED, DUPLICATE, UNMATCHED }

    /** A well-formed report Homebound will not act on: an implausible time, or a step the process refuses. */
    public static class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    private final TrackingEventRepository events;
    private final ShipmentRepository shipments;
    private final BundleItemRepository bundle;
    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final MailOutbox mail;
    private final AsSystem asSystem;
    private final ReturnRepository returns;
    private final TransactionTemplate transaction;

    public ShipmentTracker(TrackingEventRepository events, ShipmentRepository shipments, BundleItemRepository bundle,
                           OnboardingCaseRepository cases, EmployeeRepository employees, TaskService taskService,
                           RuntimeService runtimeService, MailOutbox mail, AsSystem asSystem, ReturnRepository returns,
                           PlatformTransactionManager transactions) {
        this.returns = returns;
        this.events = events;
        this.shipments = shipments;
        this.bundle = bundle;
        this.cases = cases;
        this.employees = employees;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.mail = mail;
        this.asSystem = asSystem;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @throws Refused when the report is not believable or the process refuses what it says; nothing is written then */
    public Outcome apply(TrackingUpdate update) {
        return apply(update, null);
    }

    /**
     * A report a carrier itself sends (a manifest from its user): it may concern only that carrier's
     * parcels, and a report kept as unmatched stays filed under it. Null: a report for any carrier.
     */
    public Outcome apply(TrackingUpdate update, Carrier reportedBy) {
        update.implausibility().ifPresent(reason -> {
            throw new Refused(reason);
        });
        TrackingUpdate filed = reportedBy == null ? update : update.filedUnder(reportedBy.slug());
        try {
            return asSystem.call(() -> transaction.execute(tx -> {
                if (reportedBy != null) {
                    refuseAnotherCarriersParcel(filed, reportedBy);
                }
                return applyInTransaction(filed);
            }));
        } catch (DuplicateKeyException e) {
            // The same event, delivered twice at the same moment: the other copy was applied.
            return Outcome.DUPLICATE;
        } catch (ProcessEngineException e) {
            // The engine wraps a listener's refusal (ENGINE-03051 ...): the reason is our own message inside.
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof FormFieldValidationException invalid) {
                    throw new Refused("the process refused it: " + invalid.getMessage());
                }
            }
            throw e;
        }
    }

    private void refuseAnotherCarriersParcel(TrackingUpdate update, Carrier reportedBy) {
        List<Shipment> parcels = shipments.findByTrackingNumber(update.trackingNumber());
        if (!parcels.isEmpty() && parcels.stream().noneMatch(s -> reportedBy.displayName().equals(s.carrier()))) {
            throw new IllegalArgumentException("tracking number " + update.trackingNumber() + " is not a parcel of "
                    + reportedBy.displayName() + "; a carrier reports only the parcels assigned to it");
        }
    }

    private Outcome applyInTransaction(TrackingUpdate update) {
        if (events.seen(update.dedupeKey())) {
            return Outcome.DUPLICATE;
        }
        Optional<Shipment> shipment = find(update).or(() -> shipByReference(update));
        if (shipment.isEmpty()) {
            events.record(update, null);
            return Outcome.UNMATCHED;
        }
        Shipment parcel = shipment.get();
        events.record(update, parcel.id());
        act(parcel, update);
        return Outcome.APPLIED;
    }

    /** What a report does beyond being recorded. A stale report (older than the state, or after delivery) does nothing. */
    private void act(Shipment parcel, TrackingUpdate update) {
        TrackingStatus status = update.status();
        boolean stale = parcel.delivered() || (parcel.stateAt() != null && update.occurredAt().isBefore(parcel.stateAt()));
        if (stale) {
            return;
        }
        // Delivery is recorded by delivered(), with the date and who reported it.
        boolean advanced = status.rank() > 0 && status != TrackingStatus.DELIVERED
                && shipments.advance(parcel.id(), status.name(), update.occurredAt());
        switch (status) {
            case DELIVERED -> delivered(parcel, update);
            case ATTEMPT_FAILED -> {
                if (shipments.countFailedAttempt(parcel.id()) == 2) {
                    startIncident(parcel, "FAILED_ATTEMPTS", update);
                }
            }
            case AVAILABLE_FOR_PICKUP -> {
                if (advanced && !TrackingStatus.AVAILABLE_FOR_PICKUP.name().equals(parcel.state())) {
                    tellEmployeeWhereToCollect(parcel, update);
                }
            }
            case EXCEPTION, EXPIRED -> startIncident(parcel, "EXCEPTION", update);
            default -> { }
        }
    }

    /**
     * Reports that came before anyone recorded the tracking number now act on their shipment, in
     * the order they happened. Called once the shipment's transaction has committed.
     */
    public void replayAttached(long shipmentId) {
        asSystem.call(() -> transaction.execute(tx -> {
            for (TrackingEventRepository.TrackingEvent event : events.timelineOf(shipmentId)) {
                Optional<TrackingStatus> status = TrackingStatus.parse(event.status());
                Shipment parcel = shipments.find(shipmentId).orElseThrow();
                if (status.isPresent() && !"HOMEBOUND".equals(event.source())) {
                    act(parcel, new TrackingUpdate(event.source(), "replay", event.trackingNumber(), event.carrierSlug(), null,
                            status.get(), event.occurredAt(), event.location(), event.message()));
                }
            }
            return null;
        }));
    }

    private Optional<Shipment> find(TrackingUpdate update) {
        List<Shipment> candidates = shipments.findByTrackingNumber(update.trackingNumber());
        Optional<Carrier> carrier = Carrier.bySlug(update.carrierSlug());
        return candidates.stream()
                .filter(s -> carrier.isEmpty() || carrier.get().displayName().equals(s.carrier()))
                .reduce((first, second) -> second);
    }

    /**
     * A carrier's first report for a parcel we asked it to move, under our reference: it completes
     * the carrier's task (shipping an item, or collecting a return) as if typed in Tasklist.
     */
    private Optional<Shipment> shipByReference(TrackingUpdate update) {
        Optional<Carrier> carrier = Carrier.bySlug(update.carrierSlug());
        Task shipTask = carrier.isEmpty() ? null : carrierTaskFor(update.reference(), carrier.get());
        if (shipTask == null) {
            return Optional.empty();
        }
        taskService.complete(shipTask.getId(), Map.of("trackingNumber", update.trackingNumber()));
        return find(update);
    }

    /** The open task of the parcel under this reference, if the reporting carrier is the one it was assigned to. */
    private Task carrierTaskFor(String reference, Carrier carrier) {
        Long itemId = Shipment.bundleItemOf(reference);
        if (itemId != null) {
            return bundle.find(itemId).filter(i -> carrier.displayName().equals(bundle.carrierOf(i.id())))
                    .map(i -> taskService.createTaskQuery().processInstanceId(i.processInstanceId())
                    .taskDefinitionKey("ShipToHome").singleResult()).orElse(null);
        }
        Long returnId = EquipmentReturn.idOf(reference);
        if (returnId != null) {
            Task collect = taskService.createTaskQuery().processInstanceBusinessKey(EquipmentReturn.referenceFor(returnId))
                    .taskDefinitionKey("CollectReturn").singleResult();
            return collect != null && carrier.displayName().equals(returns.carrierOf(returnId)) ? collect : null;
        }
        return null;
    }

    private void delivered(Shipment parcel, TrackingUpdate update) {
        String deliveredOn = update.occurredAt().toLocalDate().toString();
        Task confirm = parcel.bundleItemId() == null ? null : taskService.createTaskQuery()
                .processInstanceId(bundle.get(parcel.bundleItemId()).processInstanceId())
                .taskDefinitionKey("ConfirmDelivery").singleResult();
        if (confirm != null) {
            taskService.complete(confirm.getId(), Map.of("deliveredOn", deliveredOn, "confirmedBy", update.source().toLowerCase()));
        } else {
            shipments.markDelivered(parcel.id(), update.occurredAt().toLocalDate(), null, update.source().toLowerCase());
            // No provisioning waits for this delivery to throw "Parcel delivered": tell open incidents here.
            runtimeService.createMessageCorrelation("ParcelDelivered").processInstanceBusinessKey("shipment-" + parcel.id()).correlateAll();
        }
    }

    private void startIncident(Shipment parcel, String incident, TrackingUpdate update) {
        String businessKey = "shipment-" + parcel.id();
        boolean open = runtimeService.createProcessInstanceQuery().processDefinitionKey("parcel-incident")
                .processInstanceBusinessKey(businessKey).variableValueEquals("incident", incident).count() > 0;
        if (open || parcel.bundleItemId() == null) {
            return;
        }
        runtimeService.startProcessInstanceByKey("parcel-incident", businessKey, Map.of(
                "incident", incident, "shipmentId", parcel.id(), "bundleItemId", parcel.bundleItemId(),
                "trackingNumber", parcel.trackingNumber(), "employeeName", recipientOf(parcel).fullName(),
                "carrierStatus", update.status().tag(), "carrierMessage", FormText.literal(update.message())));
    }

    private void tellEmployeeWhereToCollect(Shipment parcel, TrackingUpdate update) {
        if (parcel.bundleItemId() == null) {
            return;
        }
        BundleItem item = bundle.get(parcel.bundleItemId());
        OnboardingCase onboarding = cases.get(item.caseId());
        Employee employee = employees.get(onboarding.employeeId());
        mail.send(employee.reachableEmail(onboarding.caseType()), "parcel-available-for-pickup", Map.of(
                "employeeName", employee.fullName(), "itemLabel", item.label(), "carrier", parcel.carrier(),
                "trackingNumber", parcel.trackingNumber(),
                "location", update.location() == null ? "see the carrier's notice" : update.location()));
    }

    Employee recipientOf(Shipment parcel) {
        return employees.ofBundleItem(parcel.bundleItemId());
    }
}
