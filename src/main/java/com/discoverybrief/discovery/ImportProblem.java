package com.discoverybrief.discovery;

import java.util.List;

/**
 * One thing wrong in a file to import: where ({@code $.sessions[0].answers.PAINS.value}) and what, as
 * a translation key with its arguments.
 */
public record ImportProblem(String path, String messageKey, List<String> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(String path, String messageKey, Object... arguments) {
        return new ImportProblem(path, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
