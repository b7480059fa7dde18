package org.barometer.views.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.barometer.views.model.CatalogueFilter;
import org.barometer.views.model.Signed;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The Catalogue view's filters: a search text and a choice of section, period and score; each change reports a new filter. */
public final class CatalogueFilterBar {

	private static final String ALL_SECTIONS = "All sections";
	private static final String ALL_PERIODS = "All periods";
	private static final String ANY_SCORE = "Any score";

	private final Composite control;
	private final Text text;
	private final Combo section;
	private final Combo period;
	private final Combo score;
	private final Label count;
	private final Consumer<CatalogueFilter> onChange;

	CatalogueFilterBar(Composite parent, Consumer<CatalogueFilter> onChange) {
		this.onChange = onChange;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(5, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		control.setLayout(layout);
		text = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage("Filter events by description or date");
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		section = combo(ALL_SECTIONS);
		period = combo(ALL_PERIODS);
		score = combo(ANY_SCORE);
		count = new Label(control, SWT.NONE);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		text.addListener(SWT.Modify, event -> changed());
	}

	private Combo combo(String any) {
		Combo combo = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(any);
		combo.select(0);
		combo.addListener(SWT.Selection, event -> changed());
		return combo;
	}

	Composite control() {
		return control;
	}

	/** The choices the archive offers; a choice still offered stays selected. */
	void offer(List<String> sections, List<String> periods, Collection<Integer> scores) {
		refill(section, ALL_SECTIONS, sections);
		refill(period, ALL_PERIODS, periods);
		refill(score, ANY_SCORE, scores.stream().map(Signed::of).toList());
	}

	void count(int shown, int all) {
		count.setText(shown == all ? all + " events" : shown + " of " + all + " events");
		control.layout(true);
	}

	private static void refill(Combo combo, String any, List<String> choices) {
		String selected = combo.getText();
		List<String> items = new ArrayList<>();
		items.add(any);
		items.addAll(choices);
		combo.setItems(items.toArray(String[]::new));
		combo.select(Math.max(0, items.indexOf(selected)));
	}

	private void changed() {
		onChange.accept(current());
	}

	/** The filter the controls describe. */
	public CatalogueFilter current() {
		String scoreText = score.getSelectionIndex() <= 0 ? null : score.getText();
		return new CatalogueFilter(text.getText(), section.getSelectionIndex() <= 0 ? null : section.getText(),
				period.getSelectionIndex() <= 0 ? null : period.getText(),
				scoreText == null ? null : Integer.valueOf(scoreText.replace("+", "")));
	}

	public Text text() {
		return text;
	}

	public Combo section() {
		return section;
	}

	public Combo period() {
		return period;
	}

	public Combo score() {
		return score;
	}

	public String countText() {
		return count.getText();
	}
}
