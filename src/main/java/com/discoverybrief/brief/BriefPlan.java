package com.discoverybrief.brief;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Answers;
import com.discoverybrief.strategy.Contradictions;
import com.discoverybrief.strategy.Gap;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.Level;
import com.discoverybrief.strategy.LevelAssessment;
import com.discoverybrief.strategy.Reason;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.TestPlan;
import com.discoverybrief.strategy.Summary;
import com.discoverybrief.strategy.Verdict;
import com.discoverybrief.strategy.VerdictKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Page one of a brief as words, not as a PDF: who the client is in one line, their goal, the first
 * steps with the client's own words behind each, the answer on every channel the client asked about
 * and on what we leave out on purpose, and how many questions remain. Built once from the
 * {@link BriefDocument}; the PDF renderer lays it out, and a web view or a DOCX can do the same.
 *
 * @param clientLine  "clinic · B2C · one city · 2–10 people": only what the client told us
 * @param goal        the client's goal in their words, or {@code null} when they have not named one
 * @param goalNote    why the plan does not promise that goal as stated (its deadline comes before the first
 *                    results, or it asks for more clients than the business can serve), or {@code null}
 * @param approach    the agency's approach in one sentence, drawn from the engine's focus
 * @param steps       the first three to five steps, in the engine's order
 * @param requested   every channel the client asked about, with the answer
 * @param leftOut     what the engine leaves out on purpose, with the reason
 * @param questions   the questions for the next meeting, asked-again ones first
 */
record BriefPlan(String clientLine, String goal, String goalNote, String approach, List<Step> steps, List<Answer> requested,
        List<Answer> leftOut, List<String> questions) {

    /** At most this many first steps on page one: more is no longer a plan a client reads in two minutes. */
    static final int MAX_STEPS = 5;
    /** At most this many of the client's words behind one step. */
    static final int MAX_WORDS_PER_STEP = 2;

    BriefPlan {
        steps = List.copyOf(steps);
        requested = List.copyOf(requested);
        leftOut = List.copyOf(leftOut);
        questions = List.copyOf(questions);
    }

    /**
     * One first step.
     *
     * @param priority    its place in the plan
     * @param channel     the work, e.g. "Analytics setup"
     * @param stage       "Do first", "Test", "Keep and measure"…
     * @param clientWords what the client said that calls for it: a quote or "label: value"
     * @param kpi         the number we watch and when the first results come
     * @param sameAsAbove its answers are exactly those the step above cites, so they are not quoted again;
     *                    {@code false} when it has words of its own or its answers differ from the step above
     * @param shownAbove  "Your answers are above: Pains" when its answers were all quoted at an earlier step
     *                    other than the one above; otherwise {@code null}
     */
    record Step(int priority, String channel, String stage, List<String> clientWords, String kpi,
            boolean sameAsAbove, String shownAbove) {
        Step {
            clientWords = List.copyOf(clientWords);
        }
    }

    /**
     * Our answer on one channel.
     *
     * @param channel the channel
     * @param asked   "You asked: competitors have it", or {@code null}
     * @param heading "Yes: step 3", "Later…", "Not now"
     * @param kind    yes, later or not now
     * @param why     the reason, one sentence, without "Why:"
     * @param change  what would change the answer, or {@code null}
     */
    record Answer(String channel, String asked, String heading, VerdictKind kind, String why, String change) {
    }

    static BriefPlan of(BriefDocument brief, BriefText text) {
        AdviceText advice = AdviceText.of(text);
        Summary summary = brief.assessment().summary();
        String goal = summary == null || summary.growthGoal() == null || summary.growthGoal().isBlank() ? null
                : summary.growthGoal().strip();
        String goalNote = null;
        Summary.GoalLimit limit = summary == null ? null : summary.outOfReachBecause();
        if (limit != null) {
            // the goal the plan does not promise is shown all the same, with the reason beneath it, as on screen
            goal = summary.goalOutOfReach().strip();
            goalNote = text.get("brief.plan.goal.outOfReach." + limit.name(),
                    summary.goalHorizon() == null ? "" : text.label(summary.goalHorizon()));
        }
        if (limit == null && goal != null && goalNote == null) {
            // the goal to depend less on one platform is answered beneath it as orders, not only in the plan (finding 91)
            goalNote = advice.ownSourcesGoal(brief.assessment().testPlan(), brief.answers());
        }
        List<Recommendation> recommendations = brief.recommendations();
        boolean keptFirst = !recommendations.isEmpty() && recommendations.get(0).isKept();
        boolean tenders = recommendations.stream().anyMatch(r -> r.reasons().stream()
                .anyMatch(reason -> reason.rule().equals(PlanBars.TENDER_RULE)));
        String approach = summary == null ? null : upperFirst(SummaryParagraph.focus(summary, text, keptFirst, tenders));
        TestPlan testPlan = brief.assessment().testPlan();
        if (approach != null && testPlan != null && testPlan.bookingWindow() != null) {
            // the months the season is sold in, where the meeting falls in them: the money is now, not before the season
            approach += " " + advice.bookingWindow(testPlan.bookingWindow());
        }
        Set<String> quoted = new LinkedHashSet<>();
        List<Step> steps = new ArrayList<>();
        List<String> above = null;
        // search said to pay with no site gets nothing in the plan: page 1 does not name it as a working step, the
        // questions ask what the client calls search (finding 106)
        List<Channel> unfunded = brief.answers() == null ? List.of() : Contradictions.searchProfitWithoutSite(brief.answers());
        for (Recommendation recommendation : recommendations.subList(0, Math.min(MAX_STEPS, recommendations.size()))) {
            if (recommendation.isKept() && unfunded.contains(recommendation.channel())) {
                continue;
            }
            List<String> cited = clientWords(recommendation, text, advice, new LinkedHashSet<>());
            List<String> words = clientWords(recommendation, text, advice, quoted);
            // "the same answers as the step above" only when it is true: not at step 1, not when they differ
            boolean sameAsAbove = words.isEmpty() && !cited.isEmpty() && cited.equals(above);
            // quoted at an earlier step, not the one above: the cell names the answers instead of standing empty
            String shownAbove = words.isEmpty() && !cited.isEmpty() && !sameAsAbove
                    ? text.get("brief.recommendations.shownAbove", String.join(", ", recommendation.reasons().stream()
                            .filter(Reason::isAnswer).map(reason -> AdviceText.lowerFirst(text.fieldLabel(reason.field()))).distinct().toList()))
                    : null;
            // the number its plan row reads, not another (finding 168)
            // ... and its name and stage as its plan row prints them (finding 188)
            steps.add(new Step(recommendation.priority(), advice.stepTitle(recommendation, testPlan),
                    advice.stageLabel(recommendation, testPlan), words, advice.stepReading(recommendation, testPlan),
                    sameAsAbove, shownAbove));
            above = cited;
        }
        List<Answer> requested = new ArrayList<>();
        List<Answer> leftOut = new ArrayList<>();
        for (Verdict verdict : brief.assessment().verdicts()) {
            Answer answer = brief.agencyWord() == null ? answer(verdict, advice, text)
                    : adjusted(verdict, brief.recommendations(), advice, text);
            if (answer != null) {
                (verdict.requested() ? requested : leftOut).add(answer);
            }
        }
        return new BriefPlan(clientLine(brief.header(), text), goal, goalNote, approach, steps, requested, leftOut,
                questions(brief, text));
    }

    private static Answer answer(Verdict verdict, AdviceText advice, BriefText text) {
        return new Answer(text.label(verdict.channel()), advice.verdictAsked(verdict), advice.verdictHeading(verdict),
                verdict.kind(), advice.verdictReason(verdict), advice.verdictChange(verdict));
    }

    /**
     * The engine's answer on a channel, told against the account manager's final plan: its step as it
     * is now; "yes" for a channel they added (nothing among what we leave out); "not now" for one
     * they left out.
     */
    private static Answer adjusted(Verdict verdict, List<Recommendation> plan, AdviceText advice, BriefText text) {
        Recommendation step = plan.stream().filter(r -> r.channel() == verdict.channel()).findFirst().orElse(null);
        if (step != null && verdict.priority() > 0) {
            return answer(verdict.atStep(step.priority()), advice, text);
        }
        if (step != null && !verdict.requested()) {
            return null; // left out by the engine, put in the plan by the account manager: it is a step now
        }
        if (step != null) {
            return new Answer(text.label(verdict.channel()), advice.verdictAsked(verdict),
                    text.get("advice.verdict.IN_PLAN", step.priority(), ""), VerdictKind.RECOMMENDED,
                    text.get("brief.plan.agencyChoice"), null);
        }
        if (verdict.priority() > 0) {
            return new Answer(text.label(verdict.channel()), advice.verdictAsked(verdict),
                    text.get("advice.verdict.NOT_NOW"), VerdictKind.NOT_NOW, text.get("brief.plan.agencyLeftOut"), null);
        }
        return answer(verdict, advice, text);
    }

    /** The client's words behind a recommendation, each quote once in the whole plan. */
    private static List<String> clientWords(Recommendation recommendation, BriefText text, AdviceText advice,
            Set<String> quoted) {
        List<String> words = new ArrayList<>();
        if (recommendation.reasons().isEmpty()) {
            // added by the account manager: no answer calls for it, the agency does
            words.add(text.get("brief.plan.agencyChoice"));
        }
        for (Reason reason : recommendation.reasons()) {
            if (!reason.isAnswer() || words.size() == MAX_WORDS_PER_STEP) {
                continue;
            }
            String label = text.fieldLabel(reason.field());
            String value = reason.excerpt() != null && !reason.excerpt().isBlank()
                    ? Quotes.excerpt(reason, text, advice) : text.values(reason.values());
            String line = label + ": " + value;
            if (quoted.add(line)) {
                words.add(line);
            }
        }
        return words;
    }

    private static String clientLine(BriefDocument.Header header, BriefText text) {
        List<String> parts = new ArrayList<>();
        if (header.industry() != null && !header.industry().isBlank()) {
            parts.add(upperFirst(header.industry().strip()));
        }
        if (header.businessModel() != null) {
            parts.add(text.value(header.businessModel()));
        }
        if (header.geography() != null) {
            parts.add(text.value(header.geography()));
        }
        if (header.companySize() != null) {
            parts.add(text.value(header.companySize()));
        }
        return String.join(" · ", parts);
    }

    /**
     * What the salesperson marked to ask again comes first, then what the engine found missing, then
     * what the plan says to verify first: while anything is to be verified, the discovery is not complete.
     */
    static List<String> questions(BriefDocument brief, BriefText text) {
        Set<String> questions = new LinkedHashSet<>();
        for (AnswerField field : brief.nextMeeting().askAgain()) {
            questions.add(text.get("field." + field.name() + ".gap"));
        }
        for (Level level : Level.values()) {
            LevelAssessment assessment = brief.assessment().level(level);
            List<Gap> gaps = assessment == null ? List.of() : assessment.gaps();
            gaps.forEach(gap -> questions.add(text.get("field." + gap.field().name() + ".gap")));
        }
        // one question per answer to verify, with the steps that rest on it
        java.util.Map<AnswerField, List<String>> toVerify = new java.util.LinkedHashMap<>();
        for (Recommendation recommendation : brief.recommendations()) {
            for (AnswerField field : recommendation.verify()) {
                toVerify.computeIfAbsent(field, f -> new ArrayList<>())
                        .add(Quotes.quote(text.label(recommendation.channel()), text));
            }
        }
        toVerify.forEach((field, steps) -> questions.add(verifyQuestion(brief, text, field, String.join(", ", steps))));
        // leads × cost per lead above the whole budget: which leads are paid is asked, not guessed (finding 85)
        TestPlan plan = brief.assessment() == null ? null : brief.assessment().testPlan();
        // every N the plan's rows ask at the meeting is on the meeting's list (findings 172, 180)
        if (plan != null) {
            AdviceText advice = AdviceText.of(text);
            plan.lines().stream().map(line -> advice.question(plan, line, brief.recommendations()))
                    .filter(java.util.Objects::nonNull).forEach(questions::add);
        }
        if (plan != null && plan.todayAboveBudget()) {
            AdviceText advice = AdviceText.of(text);
            questions.add(plan.freeLeads().isEmpty()
                    ? text.get("brief.questions.todaysSpend", advice.rubles(plan.todaysSpend()), advice.rubles(plan.monthlyBudget()))
                    : text.get("brief.questions.todaysSpend.free", advice.rubles(plan.todaysSpend()),
                            advice.rubles(plan.monthlyBudget()), advice.freeChannels(plan)));
        } else if (plan != null && plan.freeLeadsCounted()) {
            // within the budget, leads × cost per lead still counts the free channels' leads as paid (finding 96)
            AdviceText advice = AdviceText.of(text);
            questions.add(text.get("brief.questions.freeLeads", advice.rubles(plan.todaysSpend()), advice.freeChannels(plan)));
        }
        return List.copyOf(questions);
    }

    /**
     * The question about an answer to verify — "how do we know it" — and, where the client's own words
     * contradict the tick, what the contradiction is and how to settle it.
     */
    private static String verifyQuestion(BriefDocument brief, BriefText text, AnswerField field, String steps) {
        String question = text.get("brief.questions.verify", text.get("field." + field.name() + ".label"), steps);
        Answers answers = brief.answers();
        if (answers == null) {
            return question;
        }
        if (field == AnswerField.AUDIENCE_CLARITY && Contradictions.contradicted(answers).contains(field)) {
            return question + " " + text.get("brief.questions.contradiction.AUDIENCE_CLARITY",
                    text.value(answers.audienceClarity()), shortly(answers.segments()));
        }
        if (field == AnswerField.USP_CLARITY && Contradictions.contradicted(answers).contains(field)) {
            return question + " " + text.get("brief.questions.contradiction.USP_CLARITY", shortly(answers.usp()));
        }
        List<Channel> searchWithoutSite = Contradictions.searchProfitWithoutSite(answers);
        if (field == AnswerField.SITE && !searchWithoutSite.isEmpty()) {
            return question + " " + text.get("brief.questions.contradiction.searchWithoutSite", String.join(", ",
                    searchWithoutSite.stream().map(channel -> Quotes.quote(text.label(channel), text)).toList()));
        }
        if (field == AnswerField.CHANNELS && Contradictions.adsProfitUntracked(answers)) {
            return question + " " + text.get("brief.questions.contradiction.CHANNELS");
        }
        return question;
    }

    /** The client's words, at most {@value #QUOTED_CHARS} characters (cut at a word, with "…"). */
    private static String shortly(String words) {
        String stripped = words == null ? "" : words.strip();
        if (stripped.length() <= QUOTED_CHARS) {
            return stripped;
        }
        int cut = stripped.lastIndexOf(' ', QUOTED_CHARS);
        return stripped.substring(0, cut > 0 ? cut : QUOTED_CHARS) + "…";
    }

    private static final int QUOTED_CHARS = 80;

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
