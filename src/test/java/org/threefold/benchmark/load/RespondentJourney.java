package org.threefold.benchmark.load;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.threefold.benchmark.load.VaadinClient.ProtocolException;

/**
 * A member of staff answering the staff pulse through the respondent form, click by
 * click: open the partner's link, press Start, answer every question on each page, press
 * Next, and submit on "Check and submit". What is pressed is found in the UI's node tree
 * by what a person sees (a button's text or class, each question's field), so a change to
 * the form that a person would notice breaks the journey rather than passing unseen.
 * Every answer must be confirmed by the form's save status ("Saved your answer to
 * question N."); anything else counts as an error.
 */
final class RespondentJourney {

	/** Answer-free-text a person might give; one of them per respondent. */
	private static final List<String> TEXTS = List.of("Fewer logins, and one list of who to call in each team.",
			"Being able to see the discharge letter from the hospital on the day.",
			"A shared care plan that everyone can read and update.");

	/** Receives each request's kind and round-trip time. */
	interface Timings {

		void record(String kind, long nanos);

	}

	/** Request kinds, as reported. */
	static final String PAGE = "page load (GET link)";

	static final String START = "start (click)";

	static final String SAVE = "answer save (UIDL round trip)";

	static final String NEXT = "next page (click)";

	static final String SUBMIT = "submit (click, with scoring)";

	private final VaadinClient client;

	private final Timings timings;

	private final Random random;

	RespondentJourney(VaadinClient client, Timings timings, Random random) {
		this.client = client;
		this.timings = timings;
		this.random = random;
	}

	/**
	 * Opens the link and starts a response: the form's first page is then showing.
	 */
	void start(String linkCode) throws IOException, InterruptedException {
		long started = System.nanoTime();
		this.client.open("r/" + linkCode);
		this.timings.record(PAGE, System.nanoTime() - started);
		if (System.getenv("THREEFOLD_LOAD_OUTLINE") != null) {
			System.err.println(tree().outline());
		}
		UidlTree.Node start = require(tree().shownWithClass("tf-start"), "no Start button on the landing page");
		started = System.nanoTime();
		this.client.click(start);
		this.timings.record(START, System.nanoTime() - started);
		require(tree().shownWithClass("tf-form"), "Start did not open the form");
	}

	/**
	 * Answers every question shown, page by page, and submits.
	 * @return the receipt code shown at the end
	 */
	String answerAndSubmit() throws IOException, InterruptedException {
		for (int page = 0; page < 20; page++) {
			UidlTree.Node submit = tree().shownWithClass("tf-submit").orElse(null);
			if (submit != null) {
				long started = System.nanoTime();
				this.client.click(submit);
				this.timings.record(SUBMIT, System.nanoTime() - started);
				UidlTree.Node receipt = require(tree().shownWithClass("tf-receipt-code"),
						"Submit did not show a receipt: " + problems());
				return tree().text(receipt).strip();
			}
			answerPage();
			UidlTree.Node next = require(tree().shownWithText("vaadin-button", "Next"), "no Next button");
			long started = System.nanoTime();
			this.client.click(next);
			this.timings.record(NEXT, System.nanoTime() - started);
			if (!problems().isEmpty()) {
				throw new ProtocolException("Next refused: " + problems());
			}
		}
		throw new ProtocolException("never reached Check and submit");
	}

	/** Answers the questions on the page showing; returns how many were saved. */
	int answerPage() throws IOException, InterruptedException {
		int saved = 0;
		for (UidlTree.Node question : tree().shown((node) -> node.hasClass("tf-question"))) {
			UidlTree.Node field = RespondentJourney.field(tree(), question);
			long started;
			if ("vaadin-text-area".equals(field.tag())) {
				String text = TEXTS.get(this.random.nextInt(TEXTS.size()));
				started = System.nanoTime();
				this.client.setValue(field, text);
			}
			else {
				UidlTree.Node radio = choice(field);
				started = System.nanoTime();
				this.client.choose(field, radio, radio.property("value").orElseThrow());
			}
			this.timings.record(SAVE, System.nanoTime() - started);
			saved++;
			String status = tree().shownWithClass("tf-save-status").map(tree()::text).orElse("");
			if (!status.startsWith("Saved your answer")) {
				throw new ProtocolException("answer to " + question.attribute("id").orElse("?") + " not saved: "
						+ (status.isEmpty() ? "no status" : status));
			}
		}
		return saved;
	}

	/** The control inside a question that takes the answer. */
	static UidlTree.Node field(UidlTree tree, UidlTree.Node question) throws ProtocolException {
		List<UidlTree.Node> fields = tree.shown(question,
				(node) -> "vaadin-radio-group".equals(node.tag()) || "vaadin-text-area".equals(node.tag()));
		if (fields.isEmpty()) {
			throw new ProtocolException(
					"question " + question.attribute("id").orElse("?") + " has no field this driver can answer");
		}
		return fields.get(0);
	}

	/** One of the radio buttons the group shows, whose value is its item's key. */
	private UidlTree.Node choice(UidlTree.Node group) throws ProtocolException {
		List<UidlTree.Node> buttons = tree().shown(group,
				(node) -> "vaadin-radio-button".equals(node.tag()) && node.property("value").isPresent());
		if (buttons.isEmpty()) {
			throw new ProtocolException("radio group " + group.id() + " shows no choices");
		}
		return buttons.get(this.random.nextInt(buttons.size()));
	}

	private String problems() {
		return tree().shownWithClass("tf-problem-summary").map(tree()::text).orElse("");
	}

	private UidlTree tree() {
		return this.client.tree();
	}

	private static UidlTree.Node require(java.util.Optional<UidlTree.Node> node, String otherwise)
			throws ProtocolException {
		return node.orElseThrow(() -> new ProtocolException(otherwise));
	}

}
