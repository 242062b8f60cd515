package com.discoverybrief.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing confirmed as saved may be lost: save an answer in one JVM, kill it hard (SIGKILL, like
 * {@code kill -9}) the moment the save returned, start a new JVM on the same H2 file and read it.
 */
class CrashRecoveryIT {

    private static final String ANSWER = "Клиенты уходят к конкурентам 😞 <i>после</i> первой покупки";

    @TempDir
    Path dataDir;

    @Test
    void anAnswerConfirmedAsSavedSurvivesAHardKill() throws Exception {
        Process writer = probe("write", dataDir.toString(), ANSWER);
        String id;
        try {
            id = awaitLine(writer, "SAVED ").substring("SAVED ".length());
        } finally {
            writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Process reader = probe("read", dataDir.toString(), id);
        String answer;
        try {
            answer = awaitLine(reader, "ANSWER").replaceFirst("^ANSWER ", "");
        } finally {
            reader.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(answer).isEqualTo(ANSWER);
    }

    private static Process probe(String... args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp", classPath, CrashProbe.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String awaitLine(Process process, String prefix) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The probe ended without printing " + prefix + ":\n" + seen);
    }
}
