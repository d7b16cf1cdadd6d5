package com.homebound.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24 looks up sub-tasks by ACT_RU_TASK.PARENT_TASK_ID_ on every task completion, with no
 * index: completions slow down as open tasks pile up during a wave. The engine creates its tables,
 * so the index is added once they exist.
 */
@Component
public class EngineIndexes implements InitializingBean {

    private final JdbcClient jdbc;

    public EngineIndexes(JdbcClient jdbc, ProcessEngine engineWithItsTables) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        jdbc.sql("create index if not exists hb_idx_task_parent on act_ru_task (parent_task_id_)").update();
    }
}
