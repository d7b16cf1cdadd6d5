package com.homebound.tracking;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.process.AsSystem;
import com.homebound.shipping.Carrier;
import com.homebound.shipping.CarrierTasks;
import com.homebound.shipping.Kits;
import com.homebound.shipping.Shipment;
import com.homebound.shipping.ShipmentRepository;

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
    private final EmployeeRepository employees;
    private final CarrierTasks carrierTasks;
    private final Kits kits;
    private final ParcelIncidents incidents;
    private final PickupNotices pickupNotices;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;
    private final TransactionTemplate transaction;

    ShipmentTracker(TrackingEventRepository events, ShipmentRepository shipments, EmployeeRepository employees,
                    CarrierTasks carrierTasks, Kits kits, ParcelIncidents incidents, PickupNotices pickupNotices,
                    RuntimeService runtimeService, AsSystem asSystem, PlatformTransactionManager transactions) {
        this.events = events;
        this.shipments = shipments;
        this.employees = employees;
        this.carrierTasks = carrierTasks;
        this.kits = kits;
        this.incidents = incidents;
        this.pickupNotices = pickupNotices;
        this.runtimeService = runtimeService;
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
            return inOwnTransaction(() -> {
                if (reportedBy != null) {
                    refuseAnotherCarriersParcel(filed, reportedBy);
                }
                return applyInTransaction(filed);
            });
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

    /** As the system, in a transaction of its own: a report never rides on its caller's transaction. */
    <T> T inOwnTransaction(java.util.function.Supplier<T> work) {
        return asSystem.call(() -> transaction.execute(tx -> work.get()));
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
        // Reports of one parcel are applied one at a time, each on its state as the one before left it.
        Shipment parcel = shipments.lock(shipment.get().id()).orElseThrow();
        events.record(update, parcel.id());
        act(parcel, update);
        return Outcome.APPLIED;
    }

    /** What a report does beyond being recorded. A stale report (older than the state, or after delivery) does nothing. */
    void act(Shipment parcel, TrackingUpdate update) {
        TrackingStatus status = update.status();
        boolean stale = parcel.delivered() || (parcel.stateAt() != null && update.occurredAt().isBefore(parcel.stateAt()));
        if (stale) {
            return;
        }
        // Delivery is recorded by delivered(), with the date and who reported it.
        boolean advanced = status.rank() > 0 && status != TrackingStatus.DELIVERED
                && shipments.advance(parcel.id(), status.name(), update.occurredAt());
        int failedAttempts = status == TrackingStatus.ATTEMPT_FAILED ? shipments.countFailedAttempt(parcel.id()) : parcel.failedAttempts();
        if (status == TrackingStatus.DELIVERED) {
            delivered(parcel, update);
            return;
        }
        if (status == TrackingStatus.AVAILABLE_FOR_PICKUP && advanced && !status.name().equals(parcel.state())) {
            pickupNotices.tellEmployee(parcel, update);
        }
        incidents.openIfTheRulesSay(parcel, status, failedAttempts, update.message());
    }

    private Optional<Shipment> find(TrackingUpdate update) {
        List<Shipment> candidates = shipments.findByTrackingNumber(update.trackingNumber());
        Optional<Carrier> carrier = Carrier.bySlug(update.carrierSlug());
        return candidates.stream()
                .filter(s -> carrier.isEmpty() || carrier.get().displayName().equals(s.carrier()))
                .reduce((first, second) -> second);
    }

    /** A carrier's first report for a parcel we asked it to move, under our reference: its task is done. */
    private Optional<Shipment> shipByReference(TrackingUpdate update) {
        Optional<Carrier> carrier = Carrier.bySlug(update.carrierSlug());
        if (carrier.isEmpty() || !carrierTasks.handOver(update.reference(), carrier.get(), update.trackingNumber())) {
            return Optional.empty();
        }
        return find(update);
    }

    private void delivered(Shipment parcel, TrackingUpdate update) {
        String confirmedBy = update.source().toLowerCase();
        boolean confirmed = parcel.returnId() == null
                && carrierTasks.confirmDelivery(parcel.id(), update.occurredAt().toLocalDate(), confirmedBy);
        if (!confirmed) {
            shipments.markDelivered(parcel.id(), update.occurredAt().toLocalDate(), null, confirmedBy);
            // A parcel its vendor sent straight to the employee: its item's provisioning waits for this report.
            if (parcel.fromVendor()) {
                kits.vendorParcelDelivered(parcel.id());
            }
            // No provisioning waits for this delivery to throw "Parcel delivered": tell open incidents here.
            runtimeService.createMessageCorrelation("ParcelDelivered").processInstanceBusinessKey("shipment-" + parcel.id()).correlateAll();
        }
    }

    Employee recipientOf(Shipment parcel) {
        return employees.ofBundleItem(parcel.bundleItemId());
    }
}
