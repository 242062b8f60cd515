package com.discoverybrief.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.discovery.WordDiff.Kind;
import com.discoverybrief.discovery.WordDiff.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void showsWhichWordsWereRemovedAndWhichAdded() {
        assertThat(WordDiff.between("Очереди по утрам и нет парковки", "Очереди вечером и нет парковки"))
                .containsExactly(new Segment(Kind.SAME, "Очереди "), new Segment(Kind.REMOVED, "по утрам "),
                        new Segment(Kind.ADDED, "вечером "), new Segment(Kind.SAME, "и нет парковки"));
    }

    @Test
    void fromNothingEverythingIsAdded() {
        assertThat(WordDiff.between(null, "Новые слова")).containsExactly(new Segment(Kind.ADDED, "Новые слова"));
        assertThat(WordDiff.between("Старые слова", null)).containsExactly(new Segment(Kind.REMOVED, "Старые слова"));
    }

    @Test
    void theNewerTextIsTheSameAndAddedSegmentsTogether() {
        String older = "one two three four";
        String newer = "zero one three five four six";
        List<Segment> diff = WordDiff.between(older, newer);
        String rebuiltNewer = diff.stream().filter(s -> s.kind() != Kind.REMOVED).map(Segment::text)
                .reduce("", String::concat);
        assertThat(rebuiltNewer.strip()).isEqualTo(newer);
        assertThat(diff.stream().filter(s -> s.kind() != Kind.ADDED).map(s -> s.text().strip())
                .filter(t -> !t.isEmpty()).toList()).containsExactly("one", "two", "three", "four");
    }
}
