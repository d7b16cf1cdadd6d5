package com.homebound.security;

/**
 * Carries a guard's or a form's refusal from inside the engine out to the HTTP answer of the same
 * request. Only a request that {@link EngineAnswersInWords} opened collects one.
 */
final class Refusals {

    record Refusal(int status, String message) {
    }

    static final class Slot {
        private Refusal refusal;

        Refusal refusal() {
            return refusal;
        }
    }

    private static final ThreadLocal<Slot> current = new ThreadLocal<>();

    private Refusals() {
    }

    static Slot open() {
        Slot slot = new Slot();
        current.set(slot);
        return slot;
    }

    static void close() {
        current.remove();
    }

    /** The first refusal wins: it is the one the person caused; later ones are its consequences. */
    static void record(int status, String message) {
        Slot slot = current.get();
        if (slot != null && slot.refusal == null) {
            slot.refusal = new Refusal(status, message);
        }
    }
}
