package org.threefold.assessment.ui;

import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.shared.Registration;

import org.threefold.assessment.ResponseMonitor;
import org.threefold.assessment.ResponseMonitor.GroupCount;
import org.threefold.ui.Figure;

/**
 * How many people have answered, in total, by partner, by profession and by seniority.
 * Counts of responses are not suppressed (only scores are), so every group shows.
 * <p>
 * While the assessment is open the panel re-reads the counts every ten seconds by
 * <em>polling</em> rather than pushing from a scheduled executor. A poll is an ordinary
 * request from the browser: it runs with the user's session lock and security context, so
 * the secured service call scopes the counts to the user's ICS (and a partner lead's own
 * organisation) exactly as on first load. A background thread would have neither and
 * would need its own sign-in and careful shutdown. Nothing announces a new response, so
 * push would be polling the database anyway; ten seconds is live enough for a campaign
 * that runs for weeks.
 */
class MonitorPanel extends Div {

	static final int REFRESH_MILLIS = 10_000;

	private final SerializableSupplier<ResponseMonitor> source;

	private final boolean live;

	private final Div figures = new Div();

	private final Grid<GroupCount> byPartner = new Grid<>();

	private final Grid<GroupCount> byProfession = groupGrid("Profession", "Responses by profession");

	private final Grid<GroupCount> bySeniority = groupGrid("Seniority", "Responses by seniority");

	private Registration polling;

	/**
	 * @param source reads the current counts
	 * @param live whether to keep re-reading them while the panel is shown
	 */
	MonitorPanel(SerializableSupplier<ResponseMonitor> source, boolean live, boolean askProfession,
			boolean askSeniority) {
		this.source = source;
		this.live = live;
		this.figures.addClassName("tf-figures");
		configurePartnerGrid();
		add(this.figures);
		if (live) {
			add(new Paragraph("These counts update by themselves every 10 seconds while this page is open. "
					+ "A response counts once it is submitted; unfinished ones are shown as in progress."));
		}
		add(new H3("By partner"), this.byPartner);
		add(new H3("By profession"), askProfession ? this.byProfession
				: new Paragraph("This assessment does not ask respondents their profession."));
		add(new H3("By seniority"), askSeniority ? this.bySeniority
				: new Paragraph("This assessment does not ask respondents their seniority."));
		show(source.get());
	}

	void refresh() {
		show(this.source.get());
	}

	private void show(ResponseMonitor monitor) {
		this.figures.removeAll();
		this.figures.add(new Figure(String.valueOf(monitor.submitted()), "responses submitted"),
				new Figure(String.valueOf(monitor.inProgress()), "in progress"));
		if (monitor.invitationsSent() > 0) {
			this.figures.add(new Figure(String.valueOf(monitor.invitationsSent()), "invitations emailed"),
					new Figure(String.valueOf(monitor.invitationsUsed()), "email invitations used"));
		}
		this.byPartner.setItems(monitor.byPartner());
		this.byProfession.setItems(monitor.byProfession());
		this.bySeniority.setItems(monitor.bySeniority());
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		if (this.live) {
			UI ui = attachEvent.getUI();
			ui.setPollInterval(REFRESH_MILLIS);
			this.polling = ui.addPollListener((poll) -> refresh());
		}
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (this.polling != null) {
			this.polling.remove();
			this.polling = null;
			detachEvent.getUI().setPollInterval(-1);
		}
		super.onDetach(detachEvent);
	}

	private void configurePartnerGrid() {
		this.byPartner.addColumn(GroupCount::group).setHeader("Partner").setKey("group").setFlexGrow(3);
		this.byPartner.addColumn(GroupCount::submitted).setHeader("Submitted").setKey("submitted");
		this.byPartner.addColumn(GroupCount::inProgress).setHeader("In progress").setKey("inProgress");
		this.byPartner.addColumn(
				(row) -> (row.headcount() == null) ? "Not recorded" : String.format(Locale.UK, "%,d", row.headcount()))
			.setHeader("Headcount")
			.setKey("headcount");
		this.byPartner.addColumn(MonitorPanel::rate).setHeader("Response rate").setKey("rate");
		style(this.byPartner, "Responses by partner");
	}

	/** Submitted responses as a share of headcount, to one decimal place. */
	static String rate(GroupCount row) {
		Double percent = row.ratePercent();
		return (percent == null) ? "headcount unknown" : String.format(Locale.UK, "%.1f%%", percent);
	}

	private static Grid<GroupCount> groupGrid(String header, String label) {
		Grid<GroupCount> grid = new Grid<>();
		grid.addColumn(GroupCount::group).setHeader(header).setKey("group").setFlexGrow(3);
		grid.addColumn(GroupCount::submitted).setHeader("Submitted").setKey("submitted");
		grid.addColumn(GroupCount::inProgress).setHeader("In progress").setKey("inProgress");
		style(grid, label);
		return grid;
	}

	private static void style(Grid<GroupCount> grid, String label) {
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(label);
		grid.setEmptyStateText("No responses yet");
	}

}
