package com.homebound.security;

import java.lang.reflect.Field;

/**
 * Reads what an engine command carries (its task id, its variables). Camunda keeps these fields
 * protected; if an upgrade renames one, the guard fails closed instead of letting the call through.
 */
final class CommandFields {

    private CommandFields() {
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(command);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name + ": check the guard after a Camunda upgrade");
    }
}
