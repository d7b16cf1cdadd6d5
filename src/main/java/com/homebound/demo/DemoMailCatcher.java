package com.homebound.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** In the demo, mail goes to an SMTP server inside the app; read it at /demo/mailbox. */
@Configuration
@Profile("demo")
public class DemoMailCatcher {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail demoMailServer(@Value("${homebound.demo.mail-catcher-port}") int port) {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
