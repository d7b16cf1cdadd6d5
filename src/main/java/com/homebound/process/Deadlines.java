package com.homebound.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Due dates for tasks, read from the engine clock so that tests can move time. */
@Component("deadlines")
public class Deadlines {

    /** Today's date in UTC by the engine clock, which tests can move. */
    public static LocalDate today() {
        return ClockUtil.now().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Now, by the engine clock, which tests can move. */
    public static OffsetDateTime now() {
        return ClockUtil.now().toInstant().atOffset(ZoneOffset.UTC);
    }

    public Date inDays(int days) {
        return Date.from(ClockUtil.now().toInstant().plusSeconds(days * 86_400L));
    }
}
