package com.discoverybrief.brief;

import com.discoverybrief.brief.BriefModel.Block;
import com.discoverybrief.brief.BriefModel.Cell;
import com.discoverybrief.brief.BriefModel.Heading;
import com.discoverybrief.brief.BriefModel.Keep;
import com.discoverybrief.brief.BriefModel.Para;
import com.discoverybrief.brief.BriefModel.Part;
import com.discoverybrief.brief.BriefModel.Readiness;
import com.discoverybrief.brief.BriefModel.Role;
import com.discoverybrief.brief.BriefModel.Run;
import com.discoverybrief.brief.BriefModel.Style;
import com.discoverybrief.brief.BriefModel.Table;
import com.discoverybrief.brief.BriefModel.TableKind;
import com.discoverybrief.brief.BriefModel.Tone;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Gap;
import com.discoverybrief.strategy.Level;
import com.discoverybrief.strategy.LevelAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Macro, meso and micro: for each, what we learned (the client's answers in full), readiness and gaps. */
final class LevelSections {

    /** Room for a level's heading, description and first answer. */
    private static final float LEVEL_START_HEIGHT = 110;
    private static final float[] SHORT_WIDTHS = {18, 32, 18, 32};
    /** Characters that fit a half-width column in two or three lines. */
    private static final int SHORT_ANSWER = 60;
    /** The section title above the first level. */
    private static final float TITLE_HEIGHT = 30;
    private static final Part PART = Part.LEVELS;

    private final List<Block> blocks;
    private final BriefDocument brief;
    private final BriefText text;

    /** Answers page one already prints in full, which the levels do not print again. */
    private final Set<AnswerField> onPageOne;

    LevelSections(List<Block> blocks, BriefDocument brief, BriefText text, Set<AnswerField> onPageOne) {
        this.blocks = blocks;
        this.brief = brief;
        this.text = text;
        this.onPageOne = Set.copyOf(onPageOne);
    }

    void addTo() {
        blocks.add(new Keep(PART, TITLE_HEIGHT + LEVEL_START_HEIGHT));
        blocks.add(new Heading(PART, 1, text.get("brief.levels.title"), 14));
        for (Level level : Level.values()) {
            addLevel(level, brief.assessment().level(level));
        }
    }

    private void addLevel(Level level, LevelAssessment assessment) {
        int readiness = assessment == null ? 0 : assessment.readiness();
        blocks.add(new Keep(PART, LEVEL_START_HEIGHT));
        blocks.add(new Readiness(PART, true, text.label(level), text.get("brief.readiness.value", readiness), readiness));
        // the level's one-line description ("the concrete tools: ads, SMM…") stays on screen: in every brief it
        // was the same line three times, and the heading says what the level is
        String caps = assessment == null ? null : AdviceText.of(text).caps(assessment);
        if (caps != null) {
            blocks.add(Para.of(PART, caps, Style.BOLD, Tone.TO_DO, 4));
        }

        List<AnswerField> answered = AnswerField.of(level).stream().filter(brief.answers()::isAnswered)
                .filter(field -> !onPageOne.contains(field)).toList();
        if (answered.isEmpty()) {
            blocks.add(Para.of(PART, text.get("brief.level.nothingLearned"), Style.BODY, 4));
        } else {
            // short answers (a choice, a number, a few words) two to a row, label beside value; longer ones
            // across the page, label above value. Either way label and value share a row, which moves to
            // the next page whole when it fits there: a label never ends a page without its value.
            List<AnswerField> shortOnes = answered.stream().filter(this::isShort).toList();
            if (!shortOnes.isEmpty()) {
                List<List<Cell>> rows = new ArrayList<>();
                List<Cell> row = new ArrayList<>();
                for (AnswerField field : shortOnes) {
                    row.add(Cell.text(PART, label(field), Style.LABEL));
                    row.add(answerCell(field));
                    if (row.size() == 4) {
                        rows.add(row);
                        row = new ArrayList<>();
                    }
                }
                if (!row.isEmpty()) {
                    row.add(Cell.text(PART, "", Style.BODY));
                    row.add(Cell.text(PART, "", Style.BODY));
                    rows.add(row);
                }
                blocks.add(new Table(PART, TableKind.ANSWER_PAIRS, SHORT_WIDTHS, List.of(), rows, 4));
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (AnswerField field : answered) {
                if (shortOnes.contains(field)) {
                    continue;
                }
                // the label starts the answer's first line rather than a line of its own: a line saved per
                // answer, and still never a label at the foot of a page without its value
                String answer = AnswerText.of(brief.answers(), field, text);
                if (answer.indexOf('\n') >= 0) {
                    // a list, an item a line: under its label, each item indented alike
                    rows.add(List.of(Cell.of(List.of(Para.of(PART, label(field), Style.LABEL),
                            Para.of(PART, answer, Style.BODY).indented(8).as(Role.CLIENT_WORDS)))));
                    continue;
                }
                rows.add(List.of(Cell.of(List.of(new Para(PART, List.of(new Run(label(field) + "   ", Style.LABEL,
                        Tone.NORMAL), new Run(answer, Style.BODY, Tone.NORMAL)),
                        Style.BODY, Tone.NORMAL, Role.CLIENT_WORDS, 0, 0, 0, 0).hanging(8)))));
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(PART, TableKind.ANSWERS_LONG, new float[] {100}, List.of(), rows, 2));
            }
        }
        List<Gap> gaps = assessment == null ? List.of() : assessment.gaps();
        if (!gaps.isEmpty()) {
            blocks.add(new Para(PART, List.of(new Run(text.get("brief.level.unknown") + ": ", Style.LABEL, Tone.NORMAL),
                    new Run(String.join(" · ", gaps.stream().map(gap -> text.fieldLabel(gap.field()))
                            .toList()), Style.BODY, Tone.NORMAL)), Style.BODY, Tone.NORMAL, Role.TEXT, 4, 0, 0, 0));
        }
    }

    private Cell answerCell(AnswerField field) {
        Cell cell = Cell.text(PART, AnswerText.of(brief.answers(), field, text), Style.BODY);
        return new Cell(List.of(cell.paras().get(0).as(Role.CLIENT_WORDS)), cell.align(), true);
    }

    private String label(AnswerField field) {
        return text.fieldLabel(field) + AdviceText.of(text).evidenceMark(brief.answers().evidence(field));
    }

    private boolean isShort(AnswerField field) {
        String value = AnswerText.of(brief.answers(), field, text);
        return value.length() <= SHORT_ANSWER && value.indexOf('\n') < 0 && label(field).length() <= SHORT_ANSWER;
    }
}
