package org.threefold.workshop.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import org.threefold.ThreefoldProperties;
import org.threefold.assessment.QrCodes;
import org.threefold.partner.PartnerService;
import org.threefold.partner.PartnerView;
import org.threefold.security.Role;
import org.threefold.ui.FileDownload;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.ActionDraft;
import org.threefold.workshop.CombinedRank;
import org.threefold.workshop.LiveWorkshopBus;
import org.threefold.workshop.Stage;
import org.threefold.workshop.ThinkingPrinciple;
import org.threefold.workshop.TurnOutcome;
import org.threefold.workshop.VoiceGrouping;
import org.threefold.workshop.VoiceRecord;
import org.threefold.workshop.WorkshopReports;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopSnapshot;
import org.threefold.workshop.WorkshopSnapshot.Participant;
import org.threefold.workshop.WorkshopStatus;
import org.threefold.workshop.WorkshopVoiceService;

/**
 * The facilitator's console, {@code /workshop/<id>}: stage control with the thinking
 * environment guidance, who is present, the round (order by drag or shuffle, who speaks,
 * speak or pass), post-its (reveal, cluster into themes), groups and their rankings, and
 * agreed actions. It works on a phone as a remote: everything stacks in one column. Every
 * change is pushed to the other screens, including a second console tab.
 */
@Route("workshop")
@PageTitle("Workshop console | Threefold")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.FACILITATOR_NAME })
@StyleSheet("styles/workshop.css")
public class FacilitatorConsole extends Main implements HasUrlParameter<Long> {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final WorkshopService workshops;

	private final WorkshopVoiceService voice;

	private final PartnerService partners;

	private final LiveWorkshopBus bus;

	private final WorkshopReports reports;

	private final String publicUrl;

	private final Span problem = new Span();

	private final Div body = new Div();

	// Inputs live across redraws so a push never wipes what the facilitator is typing.
	private final List<Long> draftOrder = new ArrayList<>();

	private final Grid<Participant> orderGrid = new Grid<>();

	private final ComboBox<String> question = new ComboBox<>("Question for this round");

	private final IntegerField turnSeconds = new IntegerField("Turn guide in seconds (optional)");

	private final TextField themeName = new TextField("New theme");

	private final IntegerField groupSize = new IntegerField("People per group");

	private final TextArea rankingThemes = new TextArea("Themes to rank, one per line");

	private final IntegerField rankingMinutes = new IntegerField("Minutes");

	private final TextField actionTitle = new TextField("What was agreed");

	private final ComboBox<PartnerView> actionOwner = new ComboBox<>("Owner partner");

	private final DatePicker actionDue = new DatePicker("Due by");

	private final TextField actionSubDimension = new TextField("Sub-dimension (e.g. R5)");

	// The join panel (with its QR code) and the stage buttons stay in place across pushes
	// and are rebuilt only when the status or stage changes: a participant's action then
	// neither regenerates the QR code nor takes the keyboard focus off a stage button.
	private final Div joinSlot = slot();

	private final Div stageSlot = slot();

	private final Div content = slot();

	private String joinKey;

	private String stageKey;

	private WorkshopId id;

	private Participant dragged;

	public FacilitatorConsole(WorkshopService workshops, WorkshopVoiceService voice, PartnerService partners,
			LiveWorkshopBus bus, WorkshopReports reports, ThreefoldProperties properties) {
		this.workshops = workshops;
		this.reports = reports;
		this.voice = voice;
		this.partners = partners;
		this.bus = bus;
		this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
		addClassNames("tf-page", "tf-workshop", "tf-console");
		this.problem.addClassName("tf-ws-problem");
		this.problem.getElement().setAttribute("role", "alert");
		add(this.problem, this.body);
		configureInputs();
	}

	private void configureInputs() {
		this.orderGrid.addColumn((p) -> (this.draftOrder.indexOf(p.id()) + 1) + ". " + p.name())
			.setHeader("Speaking order (drag to change)");
		this.orderGrid.addColumn(Participant::partnerName).setHeader("Organisation");
		this.orderGrid.addComponentColumn((p) -> {
			Button up = new Button("Up", (click) -> moveDraft(p.id(), -1));
			up.addThemeVariants(ButtonVariant.SMALL);
			up.getElement().setAttribute("aria-label", "Move " + p.name() + " up");
			return up;
		}).setHeader("").setAutoWidth(true);
		this.orderGrid.setRowsDraggable(true);
		this.orderGrid.setDropMode(GridDropMode.BETWEEN);
		this.orderGrid.addDragStartListener((event) -> this.dragged = event.getDraggedItems().get(0));
		this.orderGrid.addDropListener((event) -> {
			Participant target = event.getDropTargetItem().orElse(null);
			if (this.dragged == null || target == null || target.id() == this.dragged.id()) {
				return;
			}
			this.draftOrder.remove(this.dragged.id());
			int index = this.draftOrder.indexOf(target.id());
			this.draftOrder.add((event.getDropLocation() == GridDropLocation.BELOW) ? index + 1 : index,
					this.dragged.id());
			this.dragged = null;
			showDraftOrder();
		});
		this.orderGrid.setAllRowsVisible(true);
		this.orderGrid.setId("ws-order");
		this.question.setAllowCustomValue(true);
		this.question.addCustomValueSetListener((event) -> this.question.setValue(event.getDetail()));
		this.question.setWidthFull();
		this.question.setId("ws-round-question");
		this.turnSeconds.setMin(10);
		this.turnSeconds.setMax(1800);
		this.turnSeconds.setHelperText("Shown as a guide; a turn is never cut off.");
		this.groupSize.setValue(5);
		this.groupSize.setMin(2);
		this.groupSize.setMax(20);
		this.rankingMinutes.setValue(15);
		this.rankingMinutes.setMin(1);
		this.rankingThemes.setWidthFull();
		this.rankingThemes.setId("ws-ranking-themes");
		this.actionTitle.setMaxLength(300);
		this.actionTitle.setWidthFull();
		this.actionTitle.setId("ws-action-title");
		this.actionOwner.setItemLabelGenerator(PartnerView::name);
		this.actionSubDimension.setMaxLength(5);
		this.actionDue.setLocale(Locale.UK);
		this.themeName.setMaxLength(120);
		this.themeName.setId("ws-theme-name");
	}

	@Override
	public void setParameter(BeforeEvent event, Long workshopId) {
		if (workshopId == null || workshopId <= 0) {
			throw new NotFoundException("Workshop");
		}
		this.id = new WorkshopId(workshopId);
		WorkshopSnapshot snapshot = this.workshops.snapshot(this.id);
		this.actionOwner.setItems(this.partners.list());
		this.rankingThemes.setValue(String.join("\n", this.workshops.rankingThemes(this.id)));
		LiveRefresh.attach(this, this.bus, this.id, this::redraw);
		resetDraftOrder(snapshot, true);
		redraw();
	}

	private void resetDraftOrder(WorkshopSnapshot snapshot, boolean shuffle) {
		this.draftOrder.clear();
		snapshot.present().forEach((p) -> this.draftOrder.add(p.id()));
		if (shuffle) {
			Collections.shuffle(this.draftOrder);
		}
	}

	private void moveDraft(long person, int by) {
		int index = this.draftOrder.indexOf(person);
		if (index + by < 0 || index + by >= this.draftOrder.size()) {
			return;
		}
		Collections.swap(this.draftOrder, index, index + by);
		showDraftOrder();
	}

	/**
	 * Shows a changed draft order in the grid in place, leaving the rest of the console
	 * (and the focus on the button just pressed) alone.
	 */
	private void showDraftOrder() {
		Map<Long, Participant> byId = this.orderGrid.getListDataView()
			.getItems()
			.collect(Collectors.toMap(Participant::id, (p) -> p));
		this.orderGrid.setItems(this.draftOrder.stream().filter(byId::containsKey).map(byId::get).toList());
	}

	private void redraw() {
		WorkshopSnapshot s = this.workshops.snapshot(this.id);
		String stageNow = s.status() + "/" + s.stage();
		if (!stageNow.equals(this.stageKey)) {
			this.body.removeAll();
			H1 title = new H1(s.title());
			Span status = new Span(s.status().label()
					+ ((s.stage() == null) ? "" : " · Stage " + s.stage().number() + " of 5: " + s.stage().title()));
			status.addClassName("tf-ws-stage");
			status.setId("ws-console-stage");
			this.body.add(title, status, this.joinSlot, this.stageSlot, this.content);
			this.stageSlot.removeAll();
			this.stageSlot.add(stageBar(s));
			if (s.stage() != null && s.status() == WorkshopStatus.RUNNING) {
				// Kept across pushes too, so it stays open or closed as the facilitator
				// left it.
				this.stageSlot.add(guidance(s.stage()));
			}
			this.stageKey = stageNow;
		}
		String joinNow = s.status().name();
		if (!joinNow.equals(this.joinKey)) {
			this.joinSlot.removeAll();
			this.joinSlot.add(joinPanel(s));
			this.joinKey = joinNow;
		}
		this.content.removeAll();
		if (s.stage() != null && s.status() == WorkshopStatus.RUNNING) {
			switch (s.stage()) {
				case CHECK_IN, TIME_TO_THINK -> this.content.add(roundPanel(s));
				case INDIVIDUAL_THOUGHTS -> this.content.add(postItPanel(s));
				case GROUPS -> this.content.add(groupPanel(s));
				case AGREEMENT -> {
					this.content.add(roundPanel(s));
					this.content.add(agreementPanel(s));
				}
			}
		}
		if (s.status() == WorkshopStatus.FINISHED) {
			this.content
				.add(new Paragraph("This workshop has finished. Its code no longer works; the agreed actions have"
						+ " gone to the ICS action plan."));
			this.content.add(reportLink());
			this.content.add(agreementList(s));
			s.ranking().ifPresent((r) -> this.content.add(combined(r.combined(), r.themes().size())));
		}
		this.content.add(presentPanel(s), voicePanel(s));
	}

	/**
	 * The Word report of the finished workshop: who took part, each stage's outputs,
	 * agreed actions and voice maps, with nobody named.
	 */
	private Component reportLink() {
		String fileName = this.reports.fileName(this.id);
		Component link = FileDownload.link("Workshop report (Word)", fileName, this.reports.contentType(),
				(out) -> this.reports.write(this.id, out));
		link.setId("ws-report");
		Div panel = new Div(link, new Span(" Who took part, what each stage produced, the agreed actions and who was"
				+ " heard, with nobody named."));
		panel.addClassName("tf-ws-report");
		return panel;
	}

	private static Div slot() {
		Div slot = new Div();
		slot.getStyle().set("display", "contents");
		return slot;
	}

	private Component joinPanel(WorkshopSnapshot s) {
		String display = s.joinCode().substring(0, 4) + "-" + s.joinCode().substring(4);
		String url = this.publicUrl + "/w/" + s.joinCode();
		Div panel = new Div();
		panel.addClassName("tf-ws-join");
		Span code = new Span(display);
		code.addClassName("tf-ws-code");
		code.setId("ws-code");
		panel.add(new Span("Join at " + url + " or with the code "), code);
		if (s.status() != WorkshopStatus.FINISHED) {
			Details qr = new Details("QR code to show on screen");
			byte[] png = QrCodes.png(url, 320);
			qr.add(new Image(DownloadHandler
				.fromInputStream((event) -> new DownloadResponse(new ByteArrayInputStream(png),
						"workshop-" + s.joinCode() + ".png", "image/png", png.length))
				.inline(), "QR code for joining this workshop"));
			panel.add(qr);
		}
		return panel;
	}

	private Component stageBar(WorkshopSnapshot s) {
		Div bar = new Div();
		bar.addClassName("tf-ws-stagebar");
		if (s.status() == WorkshopStatus.SCHEDULED) {
			Button start = new Button("Start the workshop", (click) -> run(() -> this.workshops.start(this.id)));
			start.addThemeVariants(ButtonVariant.PRIMARY);
			start.setId("ws-start");
			bar.add(start);
			return bar;
		}
		if (s.status() == WorkshopStatus.FINISHED) {
			return bar;
		}
		for (Stage stage : Stage.values()) {
			Button button = new Button(stage.number() + ". " + stage.label(),
					(click) -> run(() -> this.workshops.openStage(this.id, stage)));
			button.setId("ws-stage-" + stage.number());
			if (stage == s.stage()) {
				button.addThemeVariants(ButtonVariant.PRIMARY);
				button.setEnabled(false);
			}
			bar.add(button);
		}
		Button finish = new Button("Finish workshop", (click) -> run(() -> this.workshops.finish(this.id)));
		finish.addThemeVariants(ButtonVariant.ERROR);
		finish.setId("ws-finish");
		bar.add(finish);
		return bar;
	}

	private Component guidance(Stage stage) {
		Details details = new Details("Guidance: " + stage.title());
		details.setOpened(true);
		details.addClassName("tf-ws-guidance");
		details.add(new Paragraph(stage.guidance()));
		UnorderedList principles = new UnorderedList();
		for (ThinkingPrinciple principle : stage.principles()) {
			principles.add(new ListItem(principle.label() + ": " + principle.meaning()));
		}
		details.add(principles);
		return details;
	}

	private Component roundPanel(WorkshopSnapshot s) {
		Div panel = new Div();
		panel.addClassName("tf-ws-panel");
		boolean running = s.round().filter((r) -> r.stage() == s.stage() && !r.complete()).isPresent();
		int done = s.roundsPerStage().getOrDefault(s.stage(), 0);
		if (running) {
			WorkshopSnapshot.RoundView round = s.round().get();
			panel.add(new H2("Round " + round.number() + ": " + round.question()));
			Div now = new Div();
			now.addClassName("tf-ws-turn");
			now.setId("ws-console-turn");
			if (round.speaker().isPresent()) {
				long speaker = round.speaker().get();
				now.add(new Span(s.name(speaker) + " has the turn" + (round.comingBack() ? " (asked again)" : "")
						+ " since " + TIME.format(round.speakerSince())
						+ ((round.turnSeconds() == null) ? "" : "; guide " + round.turnSeconds() + " seconds") + "."));
				Button spoke = new Button("Spoke",
						(click) -> run(() -> this.workshops.endTurn(this.id, speaker, TurnOutcome.SPOKE)));
				spoke.setId("ws-mark-spoke");
				Button passed = new Button("Passed",
						(click) -> run(() -> this.workshops.endTurn(this.id, speaker, TurnOutcome.PASSED)));
				passed.setId("ws-mark-passed");
				now.add(spoke, passed);
			}
			else {
				String next = round.next().map(s::name).orElse("nobody");
				now.add(new Span(
						round.comingBack() ? "Coming back to those who passed. Next: " + next : "Next: " + next));
				Button invite = new Button("Invite " + next, (click) -> run(() -> this.workshops.inviteNext(this.id)));
				invite.addThemeVariants(ButtonVariant.PRIMARY);
				invite.setId("ws-invite");
				now.add(invite);
			}
			panel.add(now);
			OrderedList order = new OrderedList();
			order.addClassName("tf-ws-order");
			for (Long person : round.order()) {
				TurnOutcome outcome = round.outcomes().get(person);
				String state = round.speaker().filter((sp) -> sp.equals(person)).isPresent() ? "speaking"
						: (outcome == null) ? "waiting" : outcome.name().toLowerCase(Locale.UK)
								+ (round.waiting().contains(person) ? ", will be asked again" : "");
				order.add(new ListItem(s.name(person) + " — " + state));
			}
			panel.add(order);
			Button end = new Button("End round now", (click) -> run(() -> this.workshops.endRound(this.id)));
			end.addThemeVariants(ButtonVariant.TERTIARY);
			panel.add(end);
			return panel;
		}
		List<String> prompts = s.plan().prompts(s.stage());
		panel.add(new H2((done == 0) ? "Start the first round" : "Round " + done + " is over; start the next"));
		if (s.stage() == Stage.TIME_TO_THINK && done >= 5) {
			panel.add(new Paragraph(
					"The method recommends three to five rounds; this would be round " + (done + 1) + "."));
		}
		this.question.setItems(prompts);
		if (this.question.getValue() == null || (done < prompts.size() && prompts.contains(this.question.getValue())
				&& prompts.indexOf(this.question.getValue()) < done)) {
			this.question.setValue(prompts.get(Math.min(done, prompts.size() - 1)));
		}
		syncDraftOrder(s);
		this.orderGrid.setItems(this.draftOrder.stream().map((pid) -> s.participant(pid).orElseThrow()).toList());
		Button shuffle = new Button("Shuffle the order", (click) -> {
			Collections.shuffle(this.draftOrder);
			showDraftOrder();
		});
		shuffle.setId("ws-shuffle");
		Button start = new Button("Start round", (click) -> run(() -> this.workshops.startRound(this.id,
				this.question.getValue(), List.copyOf(this.draftOrder), this.turnSeconds.getValue())));
		start.addThemeVariants(ButtonVariant.PRIMARY);
		start.setId("ws-start-round");
		panel.add(this.question, this.orderGrid, shuffle, this.turnSeconds, start);
		return panel;
	}

	private void syncDraftOrder(WorkshopSnapshot s) {
		List<Long> present = s.present().stream().map(Participant::id).toList();
		this.draftOrder.retainAll(present);
		present.stream().filter((pid) -> !this.draftOrder.contains(pid)).forEach(this.draftOrder::add);
	}

	private Component postItPanel(WorkshopSnapshot s) {
		Div panel = new Div();
		panel.addClassName("tf-ws-panel");
		List<String> questions = s.plan().prompts(Stage.INDIVIDUAL_THOUGHTS);
		Map<Long, String> themes = s.themes()
			.stream()
			.collect(Collectors.toMap(WorkshopSnapshot.Theme::id, WorkshopSnapshot.Theme::name));
		for (int i = 0; i < questions.size(); i++) {
			int index = i;
			List<WorkshopSnapshot.PostIt> notes = s.postIts().stream().filter((n) -> n.question() == index).toList();
			panel.add(new H2(questions.get(i)));
			if (!s.revealed().contains(i)) {
				Button reveal = new Button("Reveal " + Plural.of(notes.size(), "post-it"),
						(click) -> run(() -> this.workshops.reveal(this.id, index)));
				reveal.setId("ws-reveal-" + i);
				panel.add(new Paragraph(notes.size() + " written so far, hidden from the room."), reveal);
				continue;
			}
			Div wall = new Div();
			wall.addClassName("tf-ws-wall");
			for (WorkshopSnapshot.PostIt note : notes) {
				Div card = new Div(new Span(note.text()));
				card.addClassName("tf-ws-postit");
				Select<Long> theme = new Select<>();
				List<Long> choices = new ArrayList<>();
				choices.add(0L);
				s.themes().forEach((t) -> choices.add(t.id()));
				theme.setItems(choices);
				theme.setItemLabelGenerator((t) -> (t == 0L) ? "No theme" : themes.get(t));
				theme.setValue((note.theme() == null) ? 0L : note.theme());
				theme.setAriaLabel("Theme for this post-it");
				theme.addValueChangeListener((event) -> {
					if (event.isFromClient()) {
						run(() -> this.workshops.cluster(this.id, note.id(),
								(event.getValue() == 0L) ? null : event.getValue()));
					}
				});
				card.add(theme);
				wall.add(card);
			}
			panel.add(wall);
		}
		Button addTheme = new Button("Add theme", (click) -> run(() -> {
			this.workshops.addTheme(this.id, this.themeName.getValue());
			this.themeName.clear();
			this.rankingThemes.setValue(String.join("\n", this.workshops.rankingThemes(this.id)));
		}));
		addTheme.setId("ws-add-theme");
		panel.add(new Div(this.themeName, addTheme));
		if (!s.themes().isEmpty()) {
			panel.add(new Paragraph("Themes: "
					+ s.themes().stream().map(WorkshopSnapshot.Theme::name).collect(Collectors.joining(", "))));
		}
		return panel;
	}

	private Component groupPanel(WorkshopSnapshot s) {
		Div panel = new Div();
		panel.addClassName("tf-ws-panel");
		boolean open = s.ranking().map(WorkshopSnapshot.RankingView::open).orElse(false);
		// Once a ranking has closed its combined result stands for the plenary: neither
		// new
		// groups nor a new ranking (which would discard the submissions) is offered.
		boolean closed = s.ranking().isPresent() && !open;
		if (!open && !closed) {
			Button form = new Button(s.groups().isEmpty() ? "Form groups" : "Form groups again",
					(click) -> run(() -> this.workshops.formGroups(this.id,
							(this.groupSize.getValue() == null) ? 5 : this.groupSize.getValue())));
			form.setId("ws-form-groups");
			panel.add(new Paragraph("Groups mix organisations and seniority; you are not in any group."),
					new Div(this.groupSize, form));
		}
		for (WorkshopSnapshot.Group group : s.groups()) {
			String status = s.ranking()
				.map((r) -> r.submissions().containsKey(group.number())
						? " — ranking submitted" + (r.submissions().get(group.number()).late() ? " late" : "")
						: " — ranking not yet submitted")
				.orElse("");
			Paragraph line = new Paragraph(group.name() + ": "
					+ group.members().stream().map(s::name).collect(Collectors.joining(", ")) + status);
			line.addClassName("tf-ws-group");
			panel.add(line);
		}
		if (!s.groups().isEmpty() && !open && !closed) {
			Button openRanking = new Button("Open the ranking",
					(click) -> run(() -> this.workshops.openRanking(this.id,
							List.of(this.rankingThemes.getValue().split("\\R")),
							(this.rankingMinutes.getValue() == null) ? 15 : this.rankingMinutes.getValue())));
			openRanking.addThemeVariants(ButtonVariant.PRIMARY);
			openRanking.setId("ws-open-ranking");
			panel.add(this.rankingThemes, new Div(this.rankingMinutes, openRanking));
		}
		s.ranking().ifPresent((r) -> {
			if (r.open()) {
				panel.add(new Paragraph("Ranking open until " + TIME.format(r.deadline()) + " (a guide: late rankings"
						+ " still count). " + r.submissions().size() + " of " + s.groups().size()
						+ " groups have submitted."));
				Button close = new Button("Close the ranking",
						(click) -> run(() -> this.workshops.closeRanking(this.id)));
				close.setId("ws-close-ranking");
				panel.add(close);
			}
			else {
				panel.add(new Paragraph("The ranking is closed; the combined ranking below is for the plenary."));
			}
			panel.add(combined(r.combined(), r.themes().size()));
		});
		return panel;
	}

	static Component combined(List<CombinedRank> ranks, int themes) {
		Div box = new Div();
		box.setId("ws-combined");
		box.add(new H2("Combined ranking"));
		if (ranks.isEmpty() || ranks.get(0).groups() == 0) {
			box.add(new Paragraph("No group has submitted yet."));
			return box;
		}
		box.add(new Paragraph("Borda count over " + Plural.of(ranks.get(0).groups(), "group") + ": first of " + themes
				+ " earns " + Plural.of(themes - 1, "point") + ", last earns none. Range shows the best and"
				+ " worst place groups gave; a wide range means the room disagrees, which is worth discussing."));
		OrderedList list = new OrderedList();
		for (CombinedRank rank : ranks) {
			String range = (rank.bestRank() == rank.worstRank()) ? "every group placed it " + rank.bestRank()
					: "placed " + rank.bestRank() + " to " + rank.worstRank();
			ListItem item = new ListItem(rank.theme() + " — " + Plural.of(rank.points(), "point") + ", " + range
					+ (rank.disputed(themes) ? " (disputed)" : ""));
			list.add(item);
		}
		box.add(list);
		return box;
	}

	private Component agreementPanel(WorkshopSnapshot s) {
		Div panel = new Div();
		panel.addClassName("tf-ws-panel");
		panel.add(new H2("Agreed actions"));
		panel.add(new Paragraph("Each action goes to the ICS action plan with its owner, due date and sub-dimension."));
		Button agree = new Button("Record this action", (click) -> run(() -> {
			this.workshops.agree(this.id,
					new ActionDraft(this.actionTitle.getValue(),
							(this.actionOwner.getValue() == null) ? null : this.actionOwner.getValue().id(),
							this.actionDue.getValue(), this.actionSubDimension.getValue()));
			this.actionTitle.clear();
			this.actionSubDimension.clear();
		}));
		agree.addThemeVariants(ButtonVariant.PRIMARY);
		agree.setId("ws-agree");
		if (this.actionDue.getValue() == null) {
			this.actionDue.setValue(LocalDate.now().plusMonths(3));
		}
		panel.add(this.actionTitle, this.actionOwner, this.actionDue, this.actionSubDimension, agree, agreementList(s));
		return panel;
	}

	private Component agreementList(WorkshopSnapshot s) {
		UnorderedList list = new UnorderedList();
		list.setId("ws-console-agreements");
		Map<Long, String> names = s.participants()
			.stream()
			.collect(Collectors.toMap((p) -> p.partner().value(), Participant::partnerName, (a, b) -> a));
		for (WorkshopSnapshot.Agreement agreement : s.agreements()) {
			String owner = (agreement.owner() == null) ? "no owner named"
					: names.getOrDefault(agreement.owner().value(), "partner " + agreement.owner());
			list.add(new ListItem(agreement.title() + " — " + owner
					+ ((agreement.due() == null) ? "" : ", by " + DATE.format(agreement.due()))
					+ ((agreement.subDimension() == null) ? "" : ", " + agreement.subDimension())));
		}
		return list;
	}

	private Component presentPanel(WorkshopSnapshot s) {
		Details details = new Details(
				"Present: " + s.present().size() + " of " + s.participants().size() + " who joined");
		details.setId("ws-present");
		UnorderedList list = new UnorderedList();
		for (Participant person : s.participants()) {
			ListItem item = new ListItem(
					person.name() + ", " + person.partnerName() + ", " + person.profession().label() + ", "
							+ person.seniority().label() + (person.left() ? " (left)" : ""));
			if (!person.left() && s.status() == WorkshopStatus.RUNNING) {
				Button gone = new Button("Mark as left",
						(click) -> run(() -> this.workshops.markLeft(this.id, person.id())));
				gone.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
				item.add(gone);
			}
			list.add(item);
		}
		details.add(list);
		details.setOpened(s.status() == WorkshopStatus.SCHEDULED);
		return details;
	}

	private Component voicePanel(WorkshopSnapshot s) {
		Details details = new Details("Voice record: who has been heard");
		details.setId("ws-voice");
		VoiceRecord record = this.voice.voice(this.id, VoiceGrouping.PARTNER);
		details.add(new Paragraph("Each organisation's share of the room against its share of speaking time, turns,"
				+ " passes and post-its. A share of speaking well above the share of the room suggests a group"
				+ " dominating; well below, a group not yet heard."));
		Grid<VoiceRecord.VoiceShare> grid = new Grid<>();
		grid.addColumn(VoiceRecord.VoiceShare::label).setHeader("Organisation").setFlexGrow(2);
		grid.addColumn((v) -> percent(v.roomShare())).setHeader("Room");
		grid.addColumn((v) -> percent(v.speakingShare())).setHeader("Speaking");
		grid.addColumn(VoiceRecord.VoiceShare::turns).setHeader("Turns");
		grid.addColumn(VoiceRecord.VoiceShare::passes).setHeader("Passes");
		grid.addColumn(VoiceRecord.VoiceShare::postIts).setHeader("Post-its");
		grid.setItems(record.rows());
		grid.setAllRowsVisible(true);
		details.add(grid);
		return details;
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	private void run(Supplier<?> action) {
		try {
			action.get();
			this.problem.setText("");
		}
		catch (ValidationException ex) {
			this.problem.setText(String.join(" ", ex.problems()));
		}
		redraw();
	}

	private void run(Runnable action) {
		run(() -> {
			action.run();
			return null;
		});
	}

}
