package com.homebound.wave;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;

/** The HR person who uploaded the wave hears that it is complete. */
@Component
class TellHrWaveCompleteDelegate implements JavaDelegate {

    private final WaveRepository waves;
    private final IdentityService identityService;
    private final MailOutbox mail;

    TellHrWaveCompleteDelegate(WaveRepository waves, IdentityService identityService, MailOutbox mail) {
        this.waves = waves;
        this.identityService = identityService;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Wave wave = waves.find((Long) execution.getVariable("waveId")).orElseThrow();
        User hr = identityService.createUserQuery().userId(wave.createdBy()).singleResult();
        if (hr == null || hr.getEmail() == null) {
            return;
        }
        var counts = waves.countByStatus(wave.id());
        mail.send(hr.getEmail(), "wave-complete", Map.of(
                "hrName", hr.getFirstName() == null ? hr.getId() : hr.getFirstName(),
                "waveName", wave.name(), "planLevel", Wave.levelName(wave.planLevel()), "site", wave.site(),
                "readyPeople", counts.get(WaveRepository.STARTED),
                "notStarted", counts.get(WaveRepository.REJECTED) + counts.get(WaveRepository.DUPLICATE)));
    }
}
