package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With a node name, session ids say which node holds the session, for the proxy's sticky routing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cluster.node-name=b")
class NodeRouteTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionIdEndsWithTheNodeName() {
        var page = new FormLogin("http://127.0.0.1:" + port + "/", Map.of()).get("login");

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).matches("JSESSIONID=[0-9A-F]+\\.b;.*"));
    }
}
