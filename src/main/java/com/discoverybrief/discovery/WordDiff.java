package com.discoverybrief.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two versions of a text: the words both share, the words only the
 * older one has, and the words only the newer one has, in reading order (longest common subsequence
 * of words; spaces and punctuation travel with the word before them).
 */
public final class WordDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text of one kind. */
    public record Segment(Kind kind, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    private WordDiff() {
    }

    public static List<Segment> between(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = word(a.get(i)).equals(word(b.get(j))) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (word(a.get(i)).equals(word(b.get(j)))) {
                append(segments, Kind.SAME, b.get(j));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                append(segments, Kind.REMOVED, a.get(i++));
            } else {
                append(segments, Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            append(segments, Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            append(segments, Kind.ADDED, b.get(j++));
        }
        return segments;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String word(String token) {
        return token.strip();
    }

    private static void append(List<Segment> segments, Kind kind, String text) {
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(kind, last.text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
