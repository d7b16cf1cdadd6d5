package com.homebound.process;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/ and forms/ under stable names ("bpmn/onboarding.bpmn"), whether the app runs
 * from target/classes or from the jar, so a restart redeploys only what changed.
 */
@Component
public class ProcessDeployment implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);
    private static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form"};

    private final RepositoryService repositoryService;

    public ProcessDeployment(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name("homebound")
                .source("homebound")
                .enableDuplicateFiltering(true);
        for (String pattern : PATTERNS) {
            String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(folder + "/" + resource.getFilename(), new java.io.ByteArrayInputStream(in.readAllBytes()));
                }
            }
        }
        var result = deployment.deployWithResult();
        log.info("Deployment {} deployed {} process definitions", result.getId(), result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size());
    }
}
