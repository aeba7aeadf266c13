package org.threefold.workshop.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.shared.ValidationException;
import org.threefold.workshop.JoinPage;
import org.threefold.workshop.JoinRequest;
import org.threefold.workshop.Joined;
import org.threefold.workshop.LiveWorkshopBus;
import org.threefold.workshop.OrderWindow;
import org.threefold.workshop.ParticipantScreen;
import org.threefold.workshop.Stage;
import org.threefold.workshop.WorkshopParticipation;
import org.threefold.workshop.WorkshopStatus;

/**
 * A participant's screen, {@code /w/<code>}, built for a 360-pixel phone: the join form
 * with the notice on how contributions are used, then the live workshop. No account: the
 * token kept in a cookie brings a reload or a return back to the same person.
 */
@Route(value = "w", autoLayout = false)
@PageTitle("Workshop | Threefold")
@AnonymousAllowed
@StyleSheet("styles/workshop.css")
public class ParticipantView extends Main implements HasUrlParameter<String> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final WorkshopParticipation participation;

	private final LiveWorkshopBus bus;

	private final Div body = new Div();

	private final Span problem = new Span();

	private final TextArea postItText = new TextArea("Your post-it");

	private final Select<Integer> postItQuestion = new Select<>();

	private String code;

	private String token;

	private LiveRefresh live;

	/**
	 * What the screen shows now, without its version, to skip redraws that change
	 * nothing.
	 */
	private ParticipantScreen shown;

	/**
	 * The round on screen, kept so that a push during a round changes only what changed:
	 * the turn box and the order lines whose status moved, not all the lines of a
	 * 300-person order.
	 */
	private Div turnBox;

	private OrderedList orderList;

	public ParticipantView(WorkshopParticipation participation, LiveWorkshopBus bus) {
		this.participation = participation;
		this.bus = bus;
		addClassNames("tf-workshop", "tf-participant");
		this.problem.addClassName("tf-ws-problem");
		this.problem.getElement().setAttribute("role", "alert");
		this.postItText.setMaxLength(280);
		this.postItText.setWidthFull();
		this.postItText.setHelperText("Up to 280 characters. Only you see it until the facilitator reveals it, and"
				+ " then without your name.");
		this.postItQuestion.setLabel("Question");
		this.postItQuestion.setWidthFull();
		add(this.problem, this.body);
	}

	@Override
	public void setParameter(BeforeEvent event, String code) {
		this.code = code;
		JoinPage page;
		try {
			page = this.participation.lobby(code);
		}
		catch (ValidationException ex) {
			this.body.removeAll();
			this.body.add(new H1("Join a workshop"), new Paragraph(ex.getMessage()));
			return;
		}
		Optional<String> kept = ParticipantCookies.read(code);
		if (kept.isPresent() && this.participation.rejoin(code, kept.get()).isPresent()) {
			enter(kept.get());
			return;
		}
		kept.ifPresent((old) -> ParticipantCookies.remove(code));
		showJoinForm(page);
	}

	private void showJoinForm(JoinPage page) {
		this.body.removeAll();
		H1 title = new H1(page.title());
		Paragraph intro = new Paragraph("You are joining a workshop of " + page.partners().size()
				+ " partner organisations (" + page.mode().label().toLowerCase(Locale.UK) + ")."
				+ ((page.status() == WorkshopStatus.SCHEDULED)
						? " It has not started yet; once you join, your screen" + " changes by itself when it does."
						: " It is running now."));
		Div notice = new Div(new H2("How what you share is used"), new Paragraph(JoinPage.NOTICE));
		notice.addClassName("tf-ws-notice");
		TextField name = new TextField("Your name, as others will see it");
		name.setMaxLength(60);
		name.setRequired(true);
		name.setWidthFull();
		ComboBox<JoinPage.PartnerOption> partner = new ComboBox<>("Your organisation");
		partner.setItems(page.partners());
		partner.setItemLabelGenerator(JoinPage.PartnerOption::name);
		partner.setWidthFull();
		ComboBox<Profession> profession = new ComboBox<>("Your profession");
		profession.setItems(Profession.values());
		profession.setItemLabelGenerator(Profession::label);
		profession.setWidthFull();
		RadioButtonGroup<SeniorityBand> seniority = new RadioButtonGroup<>("Your seniority");
		seniority.setItems(SeniorityBand.values());
		seniority.setItemLabelGenerator(SeniorityBand::label);
		seniority.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		Button join = new Button("Join the workshop", (click) -> {
			try {
				Joined joined = this.participation.join(this.code,
						new JoinRequest(name.getValue(), (partner.getValue() == null) ? null : partner.getValue().id(),
								profession.getValue(), seniority.getValue()));
				ParticipantCookies.write(this.code, joined.token());
				this.problem.setText("");
				enter(joined.token());
			}
			catch (ValidationException ex) {
				this.problem.setText(String.join(" ", ex.problems()));
			}
		});
		join.addThemeVariants(ButtonVariant.PRIMARY);
		join.setWidthFull();
		join.setId("ws-join");
		this.body.add(title, intro, notice, name, partner, profession, seniority, join);
	}

	private void enter(String token) {
		this.token = token;
		if (this.live != null) {
			this.live.stop();
		}
		this.live = LiveRefresh.attach(this, this.bus, this.participation.workshopOf(token), this::redraw);
		redraw();
	}

	private void redraw() {
		ParticipantScreen screen;
		try {
			screen = this.participation.screen(this.token);
		}
		catch (ValidationException ex) {
			this.shown = null;
			this.body.removeAll();
			this.body.add(new H1("Workshop"), new Paragraph(ex.getMessage()));
			return;
		}
		// Most pushes are about someone else (a post-it written, a turn in another
		// group):
		// leave the screen alone then, so buttons keep their focus and nothing flickers.
		ParticipantScreen comparable = withoutVersion(screen);
		if (comparable.equals(this.shown)) {
			return;
		}
		if (sameRoundMoved(this.shown, comparable)) {
			this.shown = comparable;
			fillTurn(this.turnBox, comparable.round().orElseThrow());
			showOrder(this.orderList, comparable.round().orElseThrow().order());
			return;
		}
		this.shown = comparable;
		this.turnBox = null;
		this.orderList = null;
		this.body.removeAll();
		H1 title = new H1(screen.title());
		Span who = new Span("You are " + screen.me().name() + ", " + screen.me().partnerName());
		who.addClassName("tf-ws-who");
		this.body.add(title, who);
		if (screen.me().left()) {
			this.body.add(new Paragraph("You have left this workshop. Thank you for taking part."));
			return;
		}
		if (screen.status() == WorkshopStatus.SCHEDULED) {
			this.body.add(new Paragraph("Welcome. The workshop has not started yet; this page changes by itself when"
					+ " the facilitator begins. "
					+ ((screen.present() == 1) ? "1 person has" : screen.present() + " people have") + " joined."));
			return;
		}
		if (screen.status() == WorkshopStatus.FINISHED) {
			this.body.add(new H2("The workshop has finished"), new Paragraph("Thank you for taking part."));
			this.body.add(agreements(screen));
			return;
		}
		Stage stage = screen.stage();
		Span stageLabel = new Span("Stage " + stage.number() + " of 5: " + stage.title());
		stageLabel.addClassName("tf-ws-stage");
		stageLabel.setId("ws-stage");
		this.body.add(stageLabel);
		switch (stage) {
			case CHECK_IN, TIME_TO_THINK -> this.body.add(round(screen));
			case INDIVIDUAL_THOUGHTS -> this.body.add(postIts(screen));
			case GROUPS -> this.body.add(groups(screen));
			case AGREEMENT -> {
				this.body.add(round(screen));
				this.body.add(agreements(screen));
			}
		}
		Button leave = new Button("Leave the workshop", (click) -> act(() -> this.participation.leave(this.token)));
		leave.addThemeVariants(ButtonVariant.TERTIARY);
		this.body.add(leave);
	}

	private Component round(ParticipantScreen screen) {
		Div section = new Div();
		Optional<ParticipantScreen.RoundScreen> maybe = screen.round();
		if (maybe.isEmpty()) {
			section.add(new Paragraph("The facilitator is about to start a round. Each person in turn speaks or"
					+ " passes; anyone who passes is asked again at the end, and may pass again."));
			return section;
		}
		ParticipantScreen.RoundScreen round = maybe.get();
		Paragraph question = new Paragraph(round.question());
		question.addClassName("tf-ws-question");
		question.setId("ws-question");
		section.add(new Span("Round " + round.number()), question);
		Div turn = new Div();
		turn.setId("ws-turn");
		fillTurn(turn, round);
		section.add(turn);
		OrderedList order = new OrderedList();
		order.addClassName("tf-ws-order");
		showOrder(order, round.order());
		section.add(order);
		this.turnBox = turn;
		this.orderList = order;
		return section;
	}

	/**
	 * Whether the new screen is the one shown with only the progress of its round changed
	 * (who speaks, who has spoken or passed), same people in the same order.
	 */
	private static boolean sameRoundMoved(ParticipantScreen before, ParticipantScreen after) {
		if (before == null || before.round().isEmpty() || after.round().isEmpty()) {
			return false;
		}
		ParticipantScreen.RoundScreen was = before.round().get();
		ParticipantScreen.RoundScreen now = after.round().get();
		return was.number() == now.number() && was.question().equals(now.question())
				&& was.order()
					.stream()
					.map(ParticipantScreen.OrderLine::name)
					.toList()
					.equals(now.order().stream().map(ParticipantScreen.OrderLine::name).toList())
				&& copy(before, 0, Optional.empty()).equals(copy(after, 0, Optional.empty()));
	}

	/**
	 * Shows the phone's window on the order ({@link OrderWindow}), reusing the list's
	 * items where it has as many, so a push changes only the lines that moved.
	 */
	private static void showOrder(OrderedList list, List<ParticipantScreen.OrderLine> order) {
		List<OrderWindow.Entry> entries = OrderWindow.of(order);
		if (list.getComponentCount() != entries.size()) {
			list.removeAll();
			for (int i = 0; i < entries.size(); i++) {
				list.add(new ListItem());
			}
		}
		for (int i = 0; i < entries.size(); i++) {
			showEntry((ListItem) list.getComponentAt(i), entries.get(i));
		}
	}

	private static void showEntry(ListItem item, OrderWindow.Entry entry) {
		String text;
		switch (entry) {
			case OrderWindow.Line line -> {
				ParticipantScreen.OrderLine person = line.line();
				text = person.name() + (person.me() ? " (you)" : "") + " — " + person.status();
				// The place in the order, shown by the list's own numbering.
				item.getElement().setAttribute("value", Integer.toString(line.position()));
				item.setClassName("tf-ws-speaking", person.status().equals("Speaking"));
				item.setClassName("tf-ws-gap", false);
			}
			case OrderWindow.Gap gap -> {
				text = (gap.people() == 1) ? "1 other person" : gap.people() + " other people";
				item.getElement().removeAttribute("value");
				item.setClassName("tf-ws-speaking", false);
				item.setClassName("tf-ws-gap", true);
			}
		}
		if (!text.equals(item.getText())) {
			item.setText(text);
		}
	}

	private void fillTurn(Div turn, ParticipantScreen.RoundScreen round) {
		turn.removeAll();
		turn.setClassName("tf-ws-turn");
		if (round.complete()) {
			turn.setText("This round is over. Thank you.");
		}
		else if (round.myTurn()) {
			turn.addClassName("tf-ws-myturn");
			turn.add(new Span("It is your turn. Speak, or pass: both are fine."));
			if (round.turnSeconds() != null) {
				turn.add(new Paragraph(
						"A guide of " + minutes(round.turnSeconds()) + " per turn; take the time you need."));
			}
			Button done = new Button("I have finished speaking",
					(click) -> act(() -> this.participation.finishedSpeaking(this.token)));
			done.addThemeVariants(ButtonVariant.PRIMARY);
			done.setId("ws-done");
			Button pass = new Button("Pass", (click) -> act(() -> this.participation.pass(this.token)));
			pass.setId("ws-pass");
			turn.add(done, pass);
		}
		else if (round.speakerName() != null) {
			turn.setText(round.speakerName() + " has the turn. Please listen without interrupting.");
		}
		else {
			turn.setText(round.comingBack() ? "Coming back to those who passed." : "Waiting for the next person.");
		}
	}

	private Component postIts(ParticipantScreen screen) {
		Div section = new Div();
		section.add(new Paragraph(
				"Write your own thoughts, one per post-it. Nobody sees them until the facilitator" + " reveals them."));
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < screen.questions().size(); i++) {
			indexes.add(i);
		}
		if (!indexes.equals(this.postItQuestion.getListDataView().getItems().toList())) {
			this.postItQuestion.setItems(indexes);
			this.postItQuestion.setItemLabelGenerator((i) -> screen.questions().get(i));
			this.postItQuestion.setValue(0);
		}
		Button add = new Button("Add post-it", (click) -> act(() -> {
			this.participation.writePostIt(this.token,
					(this.postItQuestion.getValue() == null) ? 0 : this.postItQuestion.getValue(),
					this.postItText.getValue());
			this.postItText.clear();
		}));
		add.addThemeVariants(ButtonVariant.PRIMARY);
		add.setId("ws-add-postit");
		this.postItText.setId("ws-postit-text");
		section.add(this.postItQuestion, this.postItText, add);
		for (int i = 0; i < screen.questions().size(); i++) {
			int question = i;
			List<ParticipantScreen.PostItView> mine = screen.myPostIts()
				.stream()
				.filter((note) -> note.question() == question)
				.toList();
			List<ParticipantScreen.PostItView> shown = screen.revealedPostIts()
				.stream()
				.filter((note) -> note.question() == question)
				.toList();
			if (mine.isEmpty() && shown.isEmpty()) {
				continue;
			}
			section.add(new H2(screen.questions().get(i)));
			Div wall = new Div();
			wall.addClassName("tf-ws-wall");
			(shown.isEmpty() ? mine : shown).forEach((note) -> wall.add(note(note)));
			if (shown.isEmpty()) {
				section.add(new Span("Your post-its, private for now:"));
			}
			section.add(wall);
		}
		return section;
	}

	static Div note(ParticipantScreen.PostItView note) {
		Div card = new Div();
		card.addClassName("tf-ws-postit");
		card.add(new Span(note.text()));
		if (note.theme() != null) {
			Span theme = new Span(note.theme());
			theme.addClassName("tf-ws-theme");
			card.add(theme);
		}
		return card;
	}

	private Component groups(ParticipantScreen screen) {
		Div section = new Div();
		if (screen.group().isEmpty()) {
			section.add(new Paragraph("The facilitator is forming groups that mix organisations and seniority."));
			return section;
		}
		ParticipantScreen.GroupScreen group = screen.group().get();
		Paragraph members = new Paragraph("Your group (" + group.number() + "): " + String.join(", ", group.members()));
		members.setId("ws-group");
		section.add(members);
		if (screen.ranking().isEmpty()) {
			section.add(new Paragraph("Talk freely together. The facilitator will open the ranking shortly."));
			return section;
		}
		ParticipantScreen.RankingScreen ranking = screen.ranking().get();
		if (!ranking.open()) {
			section.add(new H2("Combined ranking of all groups"));
			OrderedList combined = new OrderedList();
			ranking.combined()
				.forEach((rank) -> combined
					.add(new ListItem(rank.theme() + " (" + Plural.of(rank.points(), "point") + ")")));
			section.add(combined);
			return section;
		}
		section.add(new Paragraph("Rank the themes together, most important first. Anyone in your group can move"
				+ " them; everyone in the group sees the same list. Time guide until " + TIME.format(ranking.deadline())
				+ "."));
		OrderedList list = new OrderedList();
		list.addClassName("tf-ws-ranking");
		list.setId("ws-ranking");
		List<String> order = ranking.order();
		boolean submitted = ranking.submittedBy() != null;
		for (int i = 0; i < order.size(); i++) {
			int index = i;
			ListItem item = new ListItem(new Span(order.get(i)));
			if (!submitted) {
				Button up = new Button("Up", (click) -> move(order, index, -1));
				up.setEnabled(i > 0);
				up.getElement().setAttribute("aria-label", "Move " + order.get(i) + " up");
				Button down = new Button("Down", (click) -> move(order, index, 1));
				down.setEnabled(i < order.size() - 1);
				down.getElement().setAttribute("aria-label", "Move " + order.get(i) + " down");
				up.addThemeVariants(ButtonVariant.SMALL);
				down.addThemeVariants(ButtonVariant.SMALL);
				item.add(up, down);
			}
			list.add(item);
		}
		section.add(list);
		if (submitted) {
			section.add(new Paragraph("Submitted by " + ranking.submittedBy()
					+ (ranking.late() ? ", after the time" + " guide; it still counts." : ".")));
		}
		else {
			Button submit = new Button("Submit our group's ranking",
					(click) -> act(() -> this.participation.submitRanking(this.token, order)));
			submit.addThemeVariants(ButtonVariant.PRIMARY);
			submit.setId("ws-submit-ranking");
			section.add(submit);
		}
		return section;
	}

	private void move(List<String> order, int index, int by) {
		List<String> moved = new ArrayList<>(order);
		String theme = moved.remove(index);
		moved.add(index + by, theme);
		act(() -> this.participation.moveRanking(this.token, moved));
	}

	private Component agreements(ParticipantScreen screen) {
		Div section = new Div();
		if (screen.agreements().isEmpty()) {
			return section;
		}
		section.add(new H2("Agreed actions"));
		UnorderedList list = new UnorderedList();
		list.setId("ws-agreements");
		screen.agreements()
			.forEach((action) -> list.add(new ListItem(action.title()
					+ ((action.owner() == null) ? "" : " — " + action.owner()) + ((action.due() == null) ? ""
							: ", by " + action.due().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))))));
		section.add(list);
		return section;
	}

	private void act(Runnable action) {
		try {
			action.run();
			this.problem.setText("");
		}
		catch (ValidationException ex) {
			this.problem.setText(String.join(" ", ex.problems()));
		}
		redraw();
	}

	private static ParticipantScreen withoutVersion(ParticipantScreen screen) {
		return copy(screen, 0, screen.round());
	}

	private static ParticipantScreen copy(ParticipantScreen screen, long version,
			Optional<ParticipantScreen.RoundScreen> round) {
		return new ParticipantScreen(screen.workshop(), version, screen.title(), screen.status(), screen.stage(),
				screen.me(), screen.present(), round, screen.questions(), screen.myPostIts(), screen.revealedPostIts(),
				screen.group(), screen.ranking(), screen.agreements());
	}

	private static String minutes(int seconds) {
		return (seconds % 60 == 0) ? (seconds / 60) + ((seconds == 60) ? " minute" : " minutes") : seconds + " seconds";
	}

}
