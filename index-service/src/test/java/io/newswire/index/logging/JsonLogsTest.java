package io.newswire.index.logging;

import io.newswire.index.IndexTestResource;
import io.newswire.testing.ConsoleLog;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ConsoleLog.JsonSwitchedOn.class)
@QuarkusTestResource(value = IndexTestResource.class, restrictToAnnotatedClass = true)
class JsonLogsTest {

    @Test
    void switchedOnTheServiceStartsAndLogsOneJsonObjectPerLine() {
        ConsoleLog.assertJson("io.newswire.index");
    }
}
