package org.threefold.workshop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.WorkshopSnapshot.Participant;
import org.threefold.workshop.internal.WorkshopStore;

/**
 * The voice record of a workshop (see {@link VoiceRecord}), worked out from the stored
 * turns and post-its. A workshop holds at most a few hundred people, whose state is in
 * memory while it runs, so this adds up the turns already held rather than querying the
 * log again. Per-participant rows name people, so only the facilitator and ICS leader may
 * read the voice record.
 */
@Service
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.FACILITATOR_NAME })
public class WorkshopVoiceService {

	private final WorkshopStore store;

	private final CurrentUser currentUser;

	WorkshopVoiceService(WorkshopStore store, CurrentUser currentUser) {
		this.store = store;
		this.currentUser = currentUser;
	}

	/**
	 * The voice record by a grouping. Board viewers (the read-only API acts as one) may
	 * read it by groups but never by participant, whose rows name people.
	 */
	@RolesAllowed({ Role.ICS_LEADER_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
	public VoiceRecord voice(WorkshopId id, VoiceGrouping grouping) {
		refuseParticipantsToBoardViewers(grouping);
		WorkshopStore.Header header = this.store.header(id);
		if (!header.ics().equals(this.currentUser.requireIcs())) {
			throw new NotFoundException("Workshop " + id);
		}
		return record(this.store.snapshot(id), grouping);
	}

	/**
	 * The voice record of one stage: only the turns taken in that stage; post-its count
	 * under {@link Stage#INDIVIDUAL_THOUGHTS}, the stage in which they are written. The
	 * room (people and room share) is the same in every stage. Board viewers may read it
	 * by groups, as the whole-workshop record (the power module's voice maps in board
	 * reports and workshop reports read it so).
	 */
	@RolesAllowed({ Role.ICS_LEADER_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
	public VoiceRecord voice(WorkshopId id, VoiceGrouping grouping, Stage stage) {
		refuseParticipantsToBoardViewers(grouping);
		WorkshopStore.Header header = this.store.header(id);
		if (!header.ics().equals(this.currentUser.requireIcs())) {
			throw new NotFoundException("Workshop " + id);
		}
		return record(this.store.snapshot(id), grouping, stage);
	}

	private void refuseParticipantsToBoardViewers(VoiceGrouping grouping) {
		if (grouping == VoiceGrouping.PARTICIPANT && !this.currentUser.require().is(Role.ICS_LEADER)
				&& !this.currentUser.require().is(Role.FACILITATOR)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the facilitator and ICS leader may see the voice record by participant");
		}
	}

	/** The arithmetic, on a snapshot; plain Java for tests. */
	public static VoiceRecord record(WorkshopSnapshot snapshot, VoiceGrouping grouping) {
		return record(snapshot, grouping, null);
	}

	/**
	 * The arithmetic of one stage, or of the whole workshop when {@code stage} is null.
	 */
	public static VoiceRecord record(WorkshopSnapshot snapshot, VoiceGrouping grouping, Stage stage) {
		Function<Participant, String[]> keyOf = switch (grouping) {
			case PARTICIPANT -> (p) -> new String[] { Long.toString(p.id()), p.name() + " (" + p.partnerName() + ")" };
			case PARTNER -> (p) -> new String[] { p.partner().toString(), p.partnerName() };
			case SECTOR -> (p) -> new String[] { p.sector().name(), p.sector().label() };
			case NHS_STATUS ->
				(p) -> p.sector().nhs() ? new String[] { "NHS", "NHS" } : new String[] { "NON_NHS", "Not NHS" };
			case PROFESSION -> (p) -> new String[] { p.profession().name(), p.profession().label() };
			case SENIORITY -> (p) -> new String[] { p.seniority().name(), p.seniority().label() };
		};
		Map<Long, String> groupOf = new LinkedHashMap<>();
		Map<String, long[]> tallies = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (Participant person : snapshot.participants()) {
			String[] key = keyOf.apply(person);
			groupOf.put(person.id(), key[0]);
			labels.putIfAbsent(key[0], key[1]);
			tallies.computeIfAbsent(key[0], (k) -> new long[5])[0]++;
		}
		long[] total = new long[5];
		total[0] = snapshot.participants().size();
		for (WorkshopSnapshot.Turn turn : snapshot.turns()) {
			long[] tally = tallies.get(groupOf.get(turn.participant()));
			if (tally == null || (stage != null && turn.stage() != stage)) {
				continue;
			}
			switch (turn.outcome()) {
				case SPOKE -> {
					long seconds = Math.max(0, Duration.between(turn.start(), turn.end()).toSeconds());
					tally[1]++;
					tally[2] += seconds;
					total[1]++;
					total[2] += seconds;
				}
				case PASSED -> {
					tally[3]++;
					total[3]++;
				}
				case LEFT -> {
				}
			}
		}
		for (WorkshopSnapshot.PostIt note : snapshot.postIts()) {
			long[] tally = tallies.get(groupOf.get(note.author()));
			if (tally != null && (stage == null || stage == Stage.INDIVIDUAL_THOUGHTS)) {
				tally[4]++;
				total[4]++;
			}
		}
		List<VoiceRecord.VoiceShare> rows = new ArrayList<>();
		tallies.forEach((key, tally) -> rows.add(share(key, labels.get(key), tally, total)));
		rows.sort(Comparator.comparingDouble(VoiceRecord.VoiceShare::speakingShare)
			.reversed()
			.thenComparing(VoiceRecord.VoiceShare::label));
		return new VoiceRecord(snapshot.id(), snapshot.title(), grouping, List.copyOf(rows),
				share("ALL", "Whole room", total, total));
	}

	private static VoiceRecord.VoiceShare share(String key, String label, long[] tally, long[] total) {
		return new VoiceRecord.VoiceShare(key, label, (int) tally[0], ratio(tally[0], total[0]), (int) tally[1],
				ratio(tally[1], total[1]), tally[2], ratio(tally[2], total[2]), (int) tally[3],
				ratio(tally[3], total[3]), (int) tally[4], ratio(tally[4], total[4]));
	}

	private static double ratio(long part, long whole) {
		return (whole == 0) ? 0 : part / (double) whole;
	}

}
