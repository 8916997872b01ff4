package io.github.ismsreview.testing;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.InputCategory;
import io.github.ismsreview.edition.OutputCategory;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ActionFollowUp;
import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.Attendance;
import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.ChangeDriver;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Effort;
import io.github.ismsreview.model.EffortUnit;
import io.github.ismsreview.model.Evidence;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.Money;
import io.github.ismsreview.model.Participant;
import io.github.ismsreview.model.ParticipantRole;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Recommendation;
import io.github.ismsreview.model.RecommendationKind;
import io.github.ismsreview.model.Resources;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.model.Signature;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the review model, shared by the tests of every module.
 *
 * <p>Each generator is named for what it makes. The values are always buildable (no nulls reach
 * a builder) but are often incomplete or imperfect the way real records are: drafts without a
 * protocol, blank or non-Latin text, category keys the edition does not know, dates on the
 * edges of months and years. Use them in {@code *Properties} test classes:
 *
 * <pre>{@code
 * qt().withExamples(300).forAll(ReviewGens.reviews()).check(review -> ...);
 * }</pre>
 */
public final class ReviewGens {

    private static final List<String> SAMPLE_TEXTS = List.of(
            "",
            " ",
            "Internal audit IA-001: 7 major and 5 minor nonconformities",
            "Überprüfung der Wirksamkeit – 100 % erfüllt",
            "Revue de direction : « aucun écart »",
            "情報セキュリティマネジメントレビュー",
            "Управление рисками",
            "مراجعة الإدارة",
            "emoji \uD83D\uDD12\uD83D\uDCCB and a ZWJ \uD83D\uDC69\u200D\uD83D\uDCBB",
            "quotes \" and \\ backslashes / and \t tabs\nand new lines",
            "control \u0000\u0001\u001f characters and \u2028 separators \u2029",
            "{\"formatVersion\": 2}",
            "null");

    private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .sorted(Comparator.comparing(Currency::getCurrencyCode))
            .toList();

    private static final List<Currency> COMMON_CURRENCIES = Stream.of(
                    "EUR", "USD", "GBP", "CHF", "JPY", "BHD", "KWD", "CLF", "INR", "BRL")
            .map(Currency::getInstance)
            .toList();

    private static final List<ZoneOffset> OFFSETS = List.of(
            ZoneOffset.UTC,
            ZoneOffset.ofHours(1),
            ZoneOffset.ofHours(-3),
            ZoneOffset.ofHoursMinutes(5, 30),
            ZoneOffset.ofHoursMinutes(5, 45),
            ZoneOffset.ofHoursMinutes(-9, -30),
            ZoneOffset.ofHours(14),
            ZoneOffset.ofHours(-12),
            ZoneOffset.ofHoursMinutesSeconds(0, 17, 30),
            ZoneOffset.MAX,
            ZoneOffset.MIN);

    private static final List<String> UNKNOWN_KEYS = List.of(
            "", "audit", "Audit-Results", "audit_results", "security-performance-d5", "ü");

    private ReviewGens() {
    }

    /**
     * Returns reviews of every edition at any stage, with random subsets of their parts:
     * often a bare draft, sometimes a full record with inputs, decisions and a signed protocol;
     * now and then an integrated review that also covers one or two other editions, with inputs
     * and decisions of all of them.
     */
    public static Gen<ReviewCycle> reviews() {
        Gen<Edition> editions = editions();
        Gen<ReviewStage> stages = Generate.enumValues(ReviewStage.class);
        Gen<String> ids = ids();
        Gen<String> texts = texts();
        Gen<LocalDate> dates = dates();
        Gen<PreviousReview> previousReviews = previousReviews();
        Gen<Boolean> booleans = Generate.booleans();
        Gen<Recommendation> recommendations = recommendations();
        Gen<ChangeAssessment> assessments = assessments();
        Gen<Protocol> protocols = protocols();
        Gen<Integer> percents = percents();

        return in -> {
            Edition edition = editions.generate(in);
            List<Edition> alsoCovers = chance(in, percents, 20)
                    ? otherEditions(in, edition, Generate.range(1, 2).generate(in))
                    : List.of();
            List<Edition> covered = new ArrayList<>(List.of(edition));
            covered.addAll(alsoCovers);
            Gen<Edition> coveredEditions = Generate.pick(covered);
            Gen<InputEntry> inputs = rin -> inputs(coveredEditions.generate(rin)).generate(rin);
            Gen<Decision> decisions =
                    rin -> decisions(coveredEditions.generate(rin)).generate(rin);
            ReviewCycle.Builder review = ReviewCycle.builder()
                    .id(ids.generate(in))
                    .edition(edition)
                    .alsoCovers(alsoCovers);
            if (chance(in, percents, 80)) {
                review.stage(stages.generate(in));
            }
            if (chance(in, percents, 50)) {
                review.organization(texts.generate(in));
            }
            if (chance(in, percents, 30)) {
                review.ismsScope(texts.generate(in));
            }
            if (chance(in, percents, 20)) {
                review.description(texts.generate(in));
            }
            if (chance(in, percents, 50)) {
                review.plannedOn(dates.generate(in));
            }
            if (chance(in, percents, 50)) {
                review.heldOn(dates.generate(in));
            }
            if (chance(in, percents, 40)) {
                review.previousReview(previousReviews.generate(in));
            }
            if (chance(in, percents, 15)) {
                review.firstReview(booleans.generate(in));
            }
            review.addAllInputs(listOf(in, inputs, percents, 50, 6));
            review.addAllRecommendations(listOf(in, recommendations, percents, 30, 3));
            if (chance(in, percents, 30)) {
                review.assessment(assessments.generate(in));
            }
            review.addAllDecisions(listOf(in, decisions, percents, 40, 4));
            if (chance(in, percents, 40)) {
                review.protocol(protocols.generate(in));
            }
            if (chance(in, percents, 30)) {
                review.nextReviewOn(dates.generate(in));
            }
            if (chance(in, percents, 10)) {
                review.cancellationReason(texts.generate(in));
            }
            return review.build();
        };
    }

    /** Returns every edition, equally often. */
    public static Gen<Edition> editions() {
        return Generate.pick(Edition.all());
    }

    /** Returns up to {@code count} editions other than the primary one, each once. */
    private static List<Edition> otherEditions(RandomnessSource in, Edition primary, int count) {
        List<Edition> others = new ArrayList<>(Edition.all());
        others.remove(primary);
        List<Edition> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Edition pick = Generate.pick(others).generate(in);
            others.remove(pick);
            chosen.add(pick);
        }
        return chosen;
    }

    /**
     * Returns dates from 1999-01-01 to 2101-12-31, about half of them on an edge: February 28
     * and 29, March 1, December 31 or January 1 of a random year (February 29 only in leap
     * years, including 2000).
     */
    public static Gen<LocalDate> dates() {
        long first = LocalDate.of(1999, 1, 1).toEpochDay();
        long last = LocalDate.of(2101, 12, 31).toEpochDay();
        Gen<LocalDate> anyDay = Generate.longRange(first, last).map(LocalDate::ofEpochDay);
        Gen<Integer> years = Generate.range(1999, 2101);
        Gen<LocalDate> edges = years.zip(Generate.range(0, 4), ReviewGens::edgeOfYear);
        Gen<LocalDate> leapDays = Generate.pick(List.of(
                        1999, 2000, 2004, 2024, 2028, 2096, 2100))
                .map(year -> LocalDate.of(year, 2, 1).withDayOfMonth(
                        LocalDate.of(year, 2, 1).lengthOfMonth()));
        return Generate.frequency(
                Pair.of(5, anyDay),
                Pair.of(4, edges),
                Pair.of(1, leapDays));
    }

    /**
     * Returns moments with an offset: any second of the years 1999 to 2101, sometimes with a
     * fraction of a second, at offsets from -18:00 to +18:00 including half and quarter hours and
     * one with seconds.
     */
    public static Gen<OffsetDateTime> dateTimes() {
        Gen<LocalDate> dates = dates();
        Gen<Integer> secondsOfDay = Generate.range(0, 24 * 60 * 60 - 1);
        Gen<Integer> nanos = Generate.frequency(
                Pair.of(6, Generate.constant(0)),
                Pair.of(2, Generate.range(1, 999).map(millis -> millis * 1_000_000)),
                Pair.of(1, Generate.range(1, 999_999_999)));
        Gen<ZoneOffset> offsets = Generate.pick(OFFSETS);
        return in -> {
            LocalTime time = LocalTime.ofSecondOfDay(secondsOfDay.generate(in))
                    .withNano(nanos.generate(in));
            return OffsetDateTime.of(
                    LocalDateTime.of(dates.generate(in), time), offsets.generate(in));
        };
    }

    /**
     * Returns text as real records hold it: mostly short Latin or non-Latin words, sometimes
     * empty or blank, emoji (supplementary code points), quotes, backslashes and control
     * characters; never an unpaired surrogate.
     */
    public static Gen<String> texts() {
        Gen<String> latin = Generate.range(1, 40).zip(Generate.range(0, Integer.MAX_VALUE),
                (length, seed) -> wordsOf(length, seed, 'a', 26));
        Gen<String> anyCodePoints = in -> {
            int length = Generate.range(0, 12).generate(in);
            StringBuilder text = new StringBuilder();
            Gen<Integer> codePoints = codePoints();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoints.generate(in));
            }
            return text.toString();
        };
        return Generate.frequency(
                Pair.of(4, latin),
                Pair.of(3, Generate.pick(SAMPLE_TEXTS)),
                Pair.of(3, anyCodePoints));
    }

    /**
     * Returns identifiers such as {@code MR-2026} or {@code ACT-07}, now and then in another
     * script or empty.
     */
    public static Gen<String> ids() {
        Gen<String> prefixes = Generate.pick(List.of("MR", "D", "ACT", "A", "REV", "Q"));
        Gen<Integer> numbers = Generate.range(0, 2101);
        Gen<String> usual = prefixes.zip(numbers, (prefix, number) -> prefix + "-" + number);
        return Generate.frequency(
                Pair.of(8, usual),
                Pair.of(1, Generate.pick(List.of("", "レビュー-1", "MR 2026/01", "mr-ß"))),
                Pair.of(1, texts()));
    }

    /**
     * Returns every ISO 4217 currency the JDK knows, with the common ones and those with zero or
     * three minor digits (JPY, BHD, KWD, CLF) drawn more often.
     */
    public static Gen<Currency> currencies() {
        return Generate.frequency(
                Pair.of(1, Generate.pick(CURRENCIES)),
                Pair.of(1, Generate.pick(COMMON_CURRENCIES)));
    }

    /**
     * Returns decimal amounts as records write them: whole numbers and cents, trailing zeros
     * ({@code 150.00}, {@code 2.50}), zero, negative amounts, large amounts and many decimal
     * places, and scales below zero ({@code 1E+3}).
     */
    public static Gen<BigDecimal> amounts() {
        Gen<BigDecimal> cents = Generate.longRange(-1_000_000_00L, 1_000_000_00L)
                .map(value -> BigDecimal.valueOf(value, 2));
        Gen<BigDecimal> wholeWithZeros = Generate.range(0, 100_000)
                .zip(Generate.range(0, 4), (whole, scale) -> new BigDecimal(whole).setScale(scale));
        Gen<BigDecimal> manyDigits = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)
                .zip(Generate.range(-20, 40), (unscaled, scale) -> new BigDecimal(
                        BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(3)), scale));
        Gen<BigDecimal> edges = Generate.pick(List.of(
                BigDecimal.ZERO,
                new BigDecimal("0.000"),
                new BigDecimal("-0.0"),
                new BigDecimal("150.00"),
                new BigDecimal("1E+3"),
                new BigDecimal("0.1"),
                new BigDecimal("-3.5"),
                new BigDecimal("99999999999999999999999999999.999999999999999999")));
        return Generate.frequency(
                Pair.of(4, cents),
                Pair.of(3, wholeWithZeros),
                Pair.of(2, manyDigits),
                Pair.of(1, edges));
    }

    /** Returns amounts of money in every ISO 4217 currency, built from {@link #amounts()}. */
    public static Gen<Money> money() {
        return amounts().zip(currencies(), Money::of);
    }

    /**
     * Returns efforts in every unit, mostly positive and small, with trailing zeros
     * ({@code 20.0}) and now and then zero, a negative or a scale below zero.
     */
    public static Gen<Effort> efforts() {
        Gen<BigDecimal> quantities = Generate.frequency(
                Pair.of(6, Generate.range(1, 2000).zip(Generate.range(0, 2),
                        (value, scale) -> BigDecimal.valueOf(value, scale))),
                Pair.of(2, Generate.range(1, 400).map(value -> new BigDecimal(value).setScale(1))),
                Pair.of(1, amounts()));
        return quantities.zip(Generate.enumValues(EffortUnit.class), Effort::of);
    }

    /** Returns resources with any subset of budget, effort and note, the empty one included. */
    public static Gen<Resources> resources() {
        Gen<Money> money = money();
        Gen<Effort> efforts = efforts();
        Gen<String> texts = texts();
        Gen<Integer> percents = percents();
        return in -> {
            Resources.Builder resources = Resources.builder();
            if (chance(in, percents, 60)) {
                resources.budget(money.generate(in));
            }
            if (chance(in, percents, 40)) {
                resources.effort(efforts.generate(in));
            }
            if (chance(in, percents, 40)) {
                resources.note(texts.generate(in));
            }
            return resources.build();
        };
    }

    /** Returns evidence with a title and, more often than not, a reference. */
    public static Gen<Evidence> evidence() {
        Gen<String> texts = texts();
        Gen<Integer> percents = percents();
        return in -> chance(in, percents, 60)
                ? Evidence.of(texts.generate(in), texts.generate(in))
                : Evidence.of(texts.generate(in));
    }

    /**
     * Returns the key of an input category of the edition, sub-items and parents included, now
     * and then a key the edition does not know or one of another edition.
     */
    public static Gen<String> inputCategoryKeys(Edition edition) {
        List<String> keys = new ArrayList<>();
        for (InputCategory input : edition.inputs()) {
            keys.add(input.key());
            input.subItems().forEach(sub -> keys.add(sub.key()));
        }
        List<String> otherKeys = Edition.all().stream()
                .flatMap(other -> other.inputs().stream())
                .map(InputCategory::key)
                .toList();
        return Generate.frequency(
                Pair.of(8, Generate.pick(keys)),
                Pair.of(1, Generate.pick(otherKeys)),
                Pair.of(1, Generate.pick(UNKNOWN_KEYS)));
    }

    /**
     * Returns the key of an output category of the edition, now and then a key of the 2005
     * edition or an unknown one.
     */
    public static Gen<String> outputCategoryKeys(Edition edition) {
        List<String> keys = edition.outputs().stream().map(OutputCategory::key).toList();
        return Generate.frequency(
                Pair.of(8, Generate.pick(keys)),
                Pair.of(1, Generate.pick(classificationKeys())),
                Pair.of(1, Generate.pick(UNKNOWN_KEYS)));
    }

    /**
     * Returns input entries of the edition, addressed or with nothing to report, with or without
     * the summary, evidence, preparer and reason that status asks for; the input on previous
     * actions often, and other inputs now and then, carries action updates.
     */
    public static Gen<InputEntry> inputs(Edition edition) {
        Gen<String> categories = inputCategoryKeys(edition);
        Gen<InputStatus> statuses = Generate.enumValues(InputStatus.class);
        Gen<String> texts = texts();
        Gen<Evidence> evidence = evidence();
        Gen<ActionFollowUp> actionUpdates = actionFollowUps();
        Gen<Integer> percents = percents();
        return in -> {
            String category = categories.generate(in);
            InputEntry.Builder input = InputEntry.builder()
                    .category(category)
                    .status(statuses.generate(in));
            if (chance(in, percents, 70)) {
                input.summary(texts.generate(in));
            }
            input.addAllEvidence(listOf(in, evidence, percents, 50, 3));
            if (chance(in, percents, 50)) {
                input.preparedBy(texts.generate(in));
            }
            if (chance(in, percents, 30)) {
                input.reason(texts.generate(in));
            }
            // Mostly on the input about previous actions, now and then on another category.
            boolean onActions = category.equals("previous-review-actions");
            input.addAllActionUpdates(listOf(in, actionUpdates, percents, onActions ? 60 : 10, 4));
            return input.build();
        };
    }

    /**
     * Returns follow-ups of earlier actions in every status, with or without the completion
     * date and a note; the action ids come from {@link #ids()}.
     */
    public static Gen<ActionFollowUp> actionFollowUps() {
        Gen<String> ids = ids();
        Gen<ActionStatus> statuses = Generate.enumValues(ActionStatus.class);
        Gen<LocalDate> dates = dates();
        Gen<String> texts = texts();
        Gen<Integer> percents = percents();
        return in -> {
            ActionFollowUp.Builder update = ActionFollowUp.builder()
                    .actionId(ids.generate(in))
                    .status(statuses.generate(in));
            if (chance(in, percents, 40)) {
                update.completedOn(dates.generate(in));
            }
            if (chance(in, percents, 30)) {
                update.note(texts.generate(in));
            }
            return update.build();
        };
    }

    /** Returns recommendations of every kind, with or without description and resources. */
    public static Gen<Recommendation> recommendations() {
        Gen<RecommendationKind> kinds = Generate.enumValues(RecommendationKind.class);
        Gen<String> texts = texts();
        Gen<Resources> resources = resources();
        Gen<Integer> percents = percents();
        return in -> {
            Recommendation.Builder recommendation = Recommendation.builder()
                    .kind(kinds.generate(in));
            if (chance(in, percents, 80)) {
                recommendation.description(texts.generate(in));
            }
            if (chance(in, percents, 30)) {
                recommendation.resources(resources.generate(in));
            }
            return recommendation.build();
        };
    }

    /** Returns assessments with any subset of their five conclusions, the empty one included. */
    public static Gen<ChangeAssessment> assessments() {
        Gen<String> texts = texts();
        Gen<Integer> percents = percents();
        return in -> {
            ChangeAssessment.Builder assessment = ChangeAssessment.builder();
            if (chance(in, percents, 70)) {
                assessment.suitability(texts.generate(in));
            }
            if (chance(in, percents, 60)) {
                assessment.improvementOpportunities(texts.generate(in));
            }
            if (chance(in, percents, 60)) {
                assessment.ismsChanges(texts.generate(in));
            }
            if (chance(in, percents, 50)) {
                assessment.securityPolicy(texts.generate(in));
            }
            if (chance(in, percents, 50)) {
                assessment.securityObjectives(texts.generate(in));
            }
            return assessment.build();
        };
    }

    /** Returns actions in every status, each attribute present or absent independently. */
    public static Gen<Action> actions() {
        Gen<String> ids = ids();
        Gen<String> texts = texts();
        Gen<LocalDate> dates = dates();
        Gen<ActionStatus> statuses = Generate.enumValues(ActionStatus.class);
        Gen<Integer> percents = percents();
        return in -> {
            Action.Builder action = Action.builder();
            if (chance(in, percents, 70)) {
                action.id(ids.generate(in));
            }
            if (chance(in, percents, 80)) {
                action.description(texts.generate(in));
            }
            if (chance(in, percents, 60)) {
                action.owner(texts.generate(in));
            }
            if (chance(in, percents, 60)) {
                action.dueOn(dates.generate(in));
            }
            if (chance(in, percents, 70)) {
                action.status(statuses.generate(in));
            }
            if (chance(in, percents, 30)) {
                action.completedOn(dates.generate(in));
            }
            return action.build();
        };
    }

    /**
     * Returns decisions of the edition: category, classification, drivers, resources and actions
     * each present or absent independently.
     */
    public static Gen<Decision> decisions(Edition edition) {
        Gen<String> ids = ids();
        Gen<String> categories = outputCategoryKeys(edition);
        Gen<String> classifications = Generate.pick(classificationKeys());
        Gen<String> texts = texts();
        Gen<ChangeDriver> drivers = Generate.enumValues(ChangeDriver.class);
        Gen<Resources> resources = resources();
        Gen<Action> actions = actions();
        Gen<Integer> percents = percents();
        return in -> {
            Decision.Builder decision = Decision.builder();
            if (chance(in, percents, 60)) {
                decision.id(ids.generate(in));
            }
            if (chance(in, percents, 80)) {
                decision.category(categories.generate(in));
            }
            if (chance(in, percents, 25)) {
                decision.classification(classifications.generate(in));
            }
            if (chance(in, percents, 80)) {
                decision.description(texts.generate(in));
            }
            decision.addAllDrivers(listOf(in, drivers, percents, 30, 4));
            if (chance(in, percents, 30)) {
                decision.resources(resources.generate(in));
            }
            decision.addAllActions(listOf(in, actions, percents, 60, 3));
            return decision.build();
        };
    }

    /**
     * Returns participants with one or more roles (none now and then, as in a draft), a title
     * or not, and any attendance.
     */
    public static Gen<Participant> participants() {
        Gen<String> texts = texts();
        Gen<ParticipantRole> roles = Generate.enumValues(ParticipantRole.class);
        Gen<Attendance> attendances = Generate.enumValues(Attendance.class);
        Gen<Integer> percents = percents();
        return in -> {
            Participant.Builder participant = Participant.builder().name(texts.generate(in));
            if (chance(in, percents, 90)) {
                participant.addRole(roles.generate(in));
            }
            if (chance(in, percents, 20)) {
                participant.addRole(roles.generate(in));
            }
            if (chance(in, percents, 40)) {
                participant.title(texts.generate(in));
            }
            if (chance(in, percents, 50)) {
                participant.attendance(attendances.generate(in));
            }
            return participant.build();
        };
    }

    /** Returns signatures in any role, with the exact moment half of the time. */
    public static Gen<Signature> signatures() {
        Gen<String> texts = texts();
        Gen<ParticipantRole> roles = Generate.enumValues(ParticipantRole.class);
        Gen<LocalDate> dates = dates();
        Gen<OffsetDateTime> dateTimes = dateTimes();
        Gen<Integer> percents = percents();
        return in -> {
            Signature.Builder signature = Signature.builder()
                    .signedBy(texts.generate(in))
                    .role(roles.generate(in))
                    .signedOn(dates.generate(in));
            if (chance(in, percents, 50)) {
                signature.signedAt(dateTimes.generate(in));
            }
            if (chance(in, percents, 30)) {
                signature.contentDigest("sha-256:" + "0123456789abcdef".repeat(4));
            }
            return signature.build();
        };
    }

    /**
     * Returns protocols with any subset of meeting date, participants, agreed items and
     * signature, the empty one included.
     */
    public static Gen<Protocol> protocols() {
        Gen<LocalDate> dates = dates();
        Gen<Participant> participants = participants();
        Gen<String> texts = texts();
        Gen<Signature> signatures = signatures();
        Gen<Integer> percents = percents();
        return in -> {
            Protocol.Builder protocol = Protocol.builder();
            if (chance(in, percents, 70)) {
                protocol.meetingOn(dates.generate(in));
            }
            protocol.addAllParticipants(listOf(in, participants, percents, 70, 4));
            protocol.addAllAgreedItems(listOf(in, texts, percents, 50, 3));
            if (chance(in, percents, 50)) {
                protocol.signature(signatures.generate(in));
            }
            return protocol.build();
        };
    }

    /** Returns references to a previous review, with an identifier more often than not. */
    public static Gen<PreviousReview> previousReviews() {
        Gen<String> ids = ids();
        Gen<LocalDate> dates = dates();
        Gen<Integer> percents = percents();
        return in -> chance(in, percents, 60)
                ? PreviousReview.of(ids.generate(in), dates.generate(in))
                : PreviousReview.heldOn(dates.generate(in));
    }

    private static Gen<Integer> percents() {
        return Generate.range(0, 99);
    }

    private static boolean chance(RandomnessSource in, Gen<Integer> percents, int percent) {
        // Shrinking draws toward 0, so 0 means "absent" and failures shrink to small reviews.
        return percents.generate(in) >= 100 - percent;
    }

    private static <T> List<T> listOf(RandomnessSource in, Gen<T> elements, Gen<Integer> percents,
            int percentNonEmpty, int maxSize) {
        if (!chance(in, percents, percentNonEmpty)) {
            return List.of();
        }
        int size = Generate.range(1, maxSize).generate(in);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(elements.generate(in));
        }
        return list;
    }

    private static LocalDate edgeOfYear(int year, int edge) {
        return switch (edge) {
            case 0 -> LocalDate.of(year, 2, 28);
            case 1 -> LocalDate.of(year, 2, 1).withDayOfMonth(
                    LocalDate.of(year, 2, 1).lengthOfMonth());
            case 2 -> LocalDate.of(year, 3, 1);
            case 3 -> LocalDate.of(year, 12, 31);
            default -> LocalDate.of(year, 1, 1);
        };
    }

    private static Gen<Integer> codePoints() {
        Gen<Integer> beforeSurrogates = Generate.range(0, Character.MIN_SURROGATE - 1);
        Gen<Integer> afterSurrogates = Generate.range(
                Character.MAX_SURROGATE + 1, Character.MAX_CODE_POINT);
        Gen<Integer> ascii = Generate.range(0, 0x7f);
        return Generate.frequency(
                Pair.of(3, ascii),
                Pair.of(4, beforeSurrogates),
                Pair.of(2, afterSurrogates));
    }

    private static List<String> classificationKeys() {
        return Edition.ISO_IEC_27001_2005.outputs().stream().map(OutputCategory::key).toList();
    }

    private static String wordsOf(int length, int seed, char first, int letters) {
        StringBuilder text = new StringBuilder(length);
        int state = seed;
        for (int i = 0; i < length; i++) {
            state = state * 1_103_515_245 + 12_345;
            int pick = Math.floorMod(state >>> 8, letters + 4);
            text.append(pick < letters ? (char) (first + pick) : ' ');
        }
        return text.toString();
    }
}
