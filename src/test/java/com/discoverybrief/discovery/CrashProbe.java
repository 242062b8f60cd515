package com.discoverybrief.discovery;

import com.discoverybrief.Application;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.strategy.AnswerField;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A separate JVM for {@link CrashRecoveryIT}: {@code write <dataDir> <text>} saves an answer on the H2
 * file, prints {@code SAVED <id>} and waits to be killed; {@code read <dataDir> <id>} prints the answer.
 */
public final class CrashProbe {

    static final Actor OWNER = new Actor("crash-probe", null, Set.of(Role.SALES));

    private CrashProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Command-line arguments outrank application.properties: the probe uses its own data directory.
        // Only the application's own properties: the test classpath's config/application.properties
        // would swap the H2 file for an in-memory database that dies with the JVM.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run("--spring.config.location=classpath:/application.properties", "--DATA_DIR=" + args[1],
                        "--logging.level.root=warn", "--spring.main.banner-mode=off", "--server.port=0");
        try {
            probe(context, args);
        } catch (RuntimeException e) {
            // Tomcat's threads would keep a failed probe alive and the test waiting forever.
            e.printStackTrace();
            System.exit(2);
        }
    }

    private static void probe(ConfigurableApplicationContext context, String[] args) throws InterruptedException {
        DiscoveryService discovery = context.getBean(DiscoveryService.class);
        AccountFixtures.use(context);
        AccountFixtures.signedIn(OWNER);
        if (args[0].equals("write")) {
            DiscoverySession session = discovery.start(OWNER, "Кофейня «Зерно»", Locale.forLanguageTag("ru"));
            discovery.saveAnswer(OWNER, session.getId(), session.getVersion(), AnswerField.PAINS, null, args[2]);
            System.out.println("SAVED " + session.getId());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        } else {
            String answer = discovery.open(OWNER, Long.parseLong(args[2])).storedAnswer(AnswerField.PAINS);
            System.out.println("ANSWER " + answer);
            System.out.flush();
            System.exit(SpringApplication.exit(context));
        }
    }
}
