package com.homebound;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class HomeboundApplication {
    public static void main(String[] args) {
        SpringApplication.run(HomeboundApplication.class, args);
    }
}
