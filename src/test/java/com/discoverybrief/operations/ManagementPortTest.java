package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With a separate management port (on this machine only), an operator's script reads the metrics
 * there without signing in, and the application's own port serves no endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void metricsAreOnTheManagementPortWithoutLogin() {
        FormLogin operator = new FormLogin("http://127.0.0.1:" + managementPort + "/", Map.of());

        assertThat(operator.get("actuator/metrics").statusCode()).isEqualTo(200);
        assertThat(operator.get("actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(new FormLogin("http://127.0.0.1:" + port + "/", Map.of()).get("actuator/metrics").body())
                .doesNotContain("jvm.memory.used");
    }
}
