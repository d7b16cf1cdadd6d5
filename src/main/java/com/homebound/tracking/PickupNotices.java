package com.homebound.tracking;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCase;
import com.homebound.onboarding.OnboardingCaseRepository;
import com.homebound.shipping.Kits;
import com.homebound.shipping.Shipment;

/** The carrier left the parcel at a pick-up point: the employee learns where to collect it. */
@Component
class PickupNotices {

    private final BundleItemRepository bundle;
    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;
    private final MailOutbox mail;
    private final Kits kits;

    PickupNotices(BundleItemRepository bundle, OnboardingCaseRepository cases, EmployeeRepository employees, MailOutbox mail, Kits kits) {
        this.kits = kits;
        this.bundle = bundle;
        this.cases = cases;
        this.employees = employees;
        this.mail = mail;
    }

    void tellEmployee(Shipment parcel, TrackingUpdate update) {
        if (parcel.bundleItemId() == null) {
            return;
        }
        BundleItem item = bundle.get(parcel.bundleItemId());
        OnboardingCase onboarding = cases.get(item.caseId());
        Employee employee = employees.get(onboarding.employeeId());
        mail.send(employee.reachableEmail(onboarding.caseType()), "parcel-available-for-pickup", Map.of(
                "employeeName", employee.fullName(), "itemLabel", kits.labelOf(parcel.id()), "carrier", parcel.carrier(),
                "trackingNumber", parcel.trackingNumber(),
                "location", update.location() == null ? "see the carrier's notice" : update.location()));
    }
}
