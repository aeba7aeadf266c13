package org.threefold.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import org.threefold.ThreefoldProperties;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentStatus;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.shared.PartnerId;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.ActionDraft;
import org.threefold.workshop.JoinRequest;
import org.threefold.workshop.Joined;
import org.threefold.workshop.Stage;
import org.threefold.workshop.StagePlan;
import org.threefold.workshop.TurnOutcome;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopParticipation;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopSnapshot;

/**
 * The demo's workshops, from {@code seed-data/demo-workshops.yaml}: one finished workshop
 * of 24 people from the demo partners, recorded with the times it happened so its voice
 * record is realistic (the acute trust's leaders speak longest, the voluntary sector is
 * under-heard), with post-its, group rankings and agreed actions; and one scheduled
 * workshop ready to run. Everything goes through the workshop services as the demo ICS
 * leader, so the same rules apply as in a live session. The turns are generated from a
 * fixed seed, so every installation gets the same demo.
 */
@Component
@ConditionalOnBooleanProperty("threefold.demo.enabled")
class DemoWorkshops {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoWorkshops.class);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Path file;

	private final WorkshopService workshops;

	private final WorkshopParticipation participation;

	private final AssessmentService assessments;

	private final Clock clock;

	DemoWorkshops(ThreefoldProperties properties, WorkshopService workshops, WorkshopParticipation participation,
			AssessmentService assessments, Clock clock) {
		this.file = properties.demo().directory().resolve("demo-workshops.yaml");
		this.workshops = workshops;
		this.participation = participation;
		this.assessments = assessments;
		this.clock = clock;
	}

	/** Loads both workshops; call as the demo ICS leader. */
	@SuppressWarnings("unchecked")
	void load(List<PartnerView> partners) {
		if (!Files.exists(this.file)) {
			return;
		}
		Map<String, Object> yaml;
		try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			yaml = new Yaml(new LoaderOptions()).load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("demo-workshops.yaml could not be read", ex);
		}
		Map<String, PartnerId> byName = new HashMap<>();
		partners.forEach((partner) -> byName.put(partner.name(), partner.id()));
		long started = System.nanoTime();
		finished((Map<String, Object>) yaml.get("finished"), byName);
		scheduled((Map<String, Object>) yaml.get("scheduled"));
		log.info("Loaded the demo workshops in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void scheduled(Map<String, Object> seed) {
		LocalDate day = LocalDate.now(this.clock.withZone(LONDON)).plusDays(((Number) seed.get("inDays")).longValue());
		WorkshopPlan plan = WorkshopPlan.template((String) seed.get("title"), mode((String) seed.get("mode")),
				day.atTime(LocalTime.parse((String) seed.get("startsAt"))));
		this.workshops.create(plan);
	}

	@SuppressWarnings("unchecked")
	private void finished(Map<String, Object> seed, Map<String, PartnerId> partners) {
		Random random = new Random(20261101L);
		LocalDate day = LocalDate.now(this.clock.withZone(LONDON))
			.minusDays(((Number) seed.get("daysAgo")).longValue());
		Instant[] now = { day.atTime(LocalTime.parse((String) seed.get("startsAt"))).atZone(LONDON).toInstant() };
		List<String> rounds = (List<String>) seed.get("rounds");
		List<String> themes = (List<String>) seed.get("themes");
		WorkshopPlan template = WorkshopPlan.template((String) seed.get("title"), mode((String) seed.get("mode")),
				day.atTime(LocalTime.parse((String) seed.get("startsAt"))));
		List<StagePlan> stages = new ArrayList<>(template.stages());
		stages.set(2, new StagePlan(Stage.TIME_TO_THINK, rounds, 45));
		AssessmentSummary closed = this.assessments.list()
			.stream()
			.filter((a) -> a.status() == AssessmentStatus.CLOSED)
			.findFirst()
			.orElse(null);
		WorkshopPlan plan = new WorkshopPlan(template.title(), template.mode(), template.startsAt(), stages, themes,
				(closed == null) ? null : closed.id());
		this.workshops.recordPast(now[0].minusSeconds(3600), (at) -> {
			WorkshopId id = this.workshops.create(plan);
			String code = this.workshops.snapshot(id).joinCode();
			List<Map<String, Object>> people = (List<Map<String, Object>>) seed.get("participants");
			Map<Long, String> voices = new HashMap<>();
			Map<Long, String> tokens = new HashMap<>();
			for (Map<String, Object> person : people) {
				at.accept(now[0] = now[0].plusSeconds(20 + random.nextInt(40)));
				PartnerId partner = partners.get((String) person.get("partner"));
				if (partner == null) {
					throw new IllegalStateException(
							"demo-workshops.yaml names unknown partner " + person.get("partner"));
				}
				Joined joined = this.participation.join(code,
						new JoinRequest((String) person.get("name"), partner,
								Profession.parse((String) person.get("profession")).orElseThrow(),
								SeniorityBand.parse((String) person.get("seniority")).orElseThrow()));
				voices.put(joined.participant(), (String) person.get("voice"));
				tokens.put(joined.participant(), joined.token());
			}
			at.accept(now[0] = now[0].plusSeconds(120));
			this.workshops.start(id);
			round(id, "Who are you, how are you feeling, and what are you focused on?", voices, random, now, at, 0.5);
			// Stage two: post-its, revealed and clustered.
			at.accept(now[0] = now[0].plusSeconds(60));
			this.workshops.openStage(id, Stage.INDIVIDUAL_THOUGHTS);
			List<String> notes = (List<String>) seed.get("postIts");
			int n = 0;
			for (Map.Entry<Long, String> person : voices.entrySet()) {
				int count = switch (person.getValue()) {
					case "quiet" -> 3;
					case "dominant" -> 1;
					default -> 2;
				};
				for (int i = 0; i < count; i++) {
					at.accept(now[0] = now[0].plusSeconds(15 + random.nextInt(30)));
					this.participation.writePostIt(tokens.get(person.getKey()), (n + i) % 3,
							notes.get(n % notes.size()));
					n++;
				}
			}
			for (int q = 0; q < 3; q++) {
				this.workshops.reveal(id, q);
			}
			themes.forEach((theme) -> this.workshops.addTheme(id, theme));
			WorkshopSnapshot revealed = this.workshops.snapshot(id);
			for (WorkshopSnapshot.PostIt note : revealed.postIts()) {
				if (note.id() % 4 != 0) {
					this.workshops.cluster(id, note.id(), revealed.themes().get((int) (note.id() % 4)).id());
				}
			}
			// Stage three: three rounds, each with a new question and a new order.
			at.accept(now[0] = now[0].plusSeconds(300));
			this.workshops.openStage(id, Stage.TIME_TO_THINK);
			for (String question : rounds) {
				round(id, question, voices, random, now, at, 1.0);
			}
			// Stage four: groups rank the themes.
			at.accept(now[0] = now[0].plusSeconds(300));
			this.workshops.openStage(id, Stage.GROUPS);
			WorkshopSnapshot grouped = this.workshops.formGroups(id, 5);
			List<String> rankThemes = this.workshops.rankingThemes(id);
			this.workshops.openRanking(id, rankThemes, 15);
			for (WorkshopSnapshot.Group group : grouped.groups()) {
				at.accept(now[0] = now[0].plusSeconds(120 + random.nextInt(400)));
				List<String> order = new ArrayList<>(rankThemes);
				Collections.shuffle(order.subList(1, order.size()), random);
				if (group.number() % 2 == 0) {
					Collections.swap(order, 0, 1);
				}
				this.participation.submitRanking(tokens.get(group.members().get(0)), order);
			}
			at.accept(now[0] = now[0].plusSeconds(200));
			this.workshops.closeRanking(id);
			// Stage five: final rounds and agreed actions.
			at.accept(now[0] = now[0].plusSeconds(600));
			this.workshops.openStage(id, Stage.AGREEMENT);
			round(id, "What strikes you now?", voices, random, now, at, 0.8);
			round(id, "What has not been said?", voices, random, now, at, 0.6);
			for (Map<String, Object> action : (List<Map<String, Object>>) seed.get("actions")) {
				at.accept(now[0] = now[0].plusSeconds(240));
				this.workshops.agree(id,
						new ActionDraft((String) action.get("title"), partners.get((String) action.get("owner")),
								day.plusDays(((Number) action.get("dueInDays")).longValue()),
								(String) action.get("subDimension")));
			}
			at.accept(now[0] = now[0].plusSeconds(300));
			this.workshops.finish(id);
		});
	}

	/**
	 * A round in a random order; how long people speak, and whether they pass, follows
	 * their voice.
	 */
	private void round(WorkshopId id, String question, Map<Long, String> voices, Random random, Instant[] now,
			java.util.function.Consumer<Instant> at, double length) {
		List<Long> order = new ArrayList<>(voices.keySet());
		Collections.shuffle(order, random);
		at.accept(now[0] = now[0].plusSeconds(30));
		this.workshops.startRound(id, question, order, null);
		while (true) {
			WorkshopSnapshot state = this.workshops.snapshot(id);
			WorkshopSnapshot.RoundView round = state.round().orElseThrow();
			if (round.complete()) {
				return;
			}
			long person = round.next().orElseThrow();
			this.workshops.inviteNext(id);
			String voice = voices.get(person);
			boolean comeBack = round.comingBack();
			double passChance = switch (voice) {
				case "dominant" -> 0;
				case "quiet" -> comeBack ? 0.5 : 0.55;
				default -> comeBack ? 0.3 : 0.12;
			};
			boolean pass = random.nextDouble() < passChance;
			int seconds = pass ? 3 + random.nextInt(5) : (int) (length * switch (voice) {
				case "dominant" -> 170 + random.nextInt(120);
				case "quiet" -> 25 + random.nextInt(30);
				default -> 70 + random.nextInt(60);
			});
			at.accept(now[0] = now[0].plusSeconds(seconds));
			this.workshops.endTurn(id, person, pass ? TurnOutcome.PASSED : TurnOutcome.SPOKE);
			at.accept(now[0] = now[0].plusSeconds(5));
		}
	}

	private static WorkshopMode mode(String text) {
		return switch (text) {
			case "online" -> WorkshopMode.ONLINE;
			case "mixed" -> WorkshopMode.MIXED;
			default -> WorkshopMode.IN_PERSON;
		};
	}

}
