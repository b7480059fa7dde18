package org.barometer.lang.validation;

import static org.barometer.lang.validation.BarometerIssueCodes.*;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.barometer.lang.messages.QuotedInput;
import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.Event;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.dates.ChronologicalOrder;
import org.barometer.model.dates.DateSpan;
import org.barometer.model.navigation.Containers;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/** The rows of a catalogue: their order, their scores, and rows written twice (their dates: {@link EventDateValidator}). */
public class CatalogueValidator extends BarometerCheckBase {

	/** Either convention of the published issues is fine (Appendix 2 opens with its period-long events, Appendix 1 closes with them). */
	private static final String PERIOD_LONG_TOGETHER = "keep the period-long events together, all at the start of the catalogue or all at its end.";

	@Check
	public void relationshipCatalogueIsChronological(RelationshipSection section) {
		checkChronological(section.getEvents());
	}

	@Check
	public void securityCatalogueIsChronological(SecuritySection section) {
		checkChronological(section.getEvents());
	}

	@Check
	public void relationshipCatalogueHasNoRepeatedRow(RelationshipSection section) {
		checkRepeatedRows(section.getEvents());
	}

	@Check
	public void securityCatalogueHasNoRepeatedRow(SecuritySection section) {
		checkRepeatedRows(section.getEvents());
	}

	@Check
	public void relationshipScoreIsInRange(RelationshipEvent event) {
		if (event.isSetScore()) {
			checkRange(event, event.getScore(), Literals.RELATIONSHIP_EVENT__SCORE, "score");
		}
	}

	@Check
	public void securityScoresAreInRange(SecurityEvent event) {
		if (event.isSetNational()) {
			checkRange(event, event.getNational(), Literals.SECURITY_EVENT__NATIONAL, "national security score");
		}
		if (event.isSetRegional()) {
			checkRange(event, event.getRegional(), Literals.SECURITY_EVENT__REGIONAL, "regional tension score");
		}
	}

	/** A template's placeholder {@code ?} stands where a score goes until the analyst types one. */
	@Check
	public void relationshipScoreIsGiven(RelationshipEvent event) {
		if (!event.isSetScore()) {
			scoreMissing(event, 0, "Score missing: replace ? by the event's score, such as +1, 0 or -1.");
		}
	}

	@Check
	public void securityScoresAreGiven(SecurityEvent event) {
		if (!event.isSetNational()) {
			scoreMissing(event, 0, "National security score missing: replace ? by a score, such as 0 or -1.");
		}
		if (!event.isSetRegional()) {
			scoreMissing(event, event.isSetNational() ? 0 : 1, "Regional tension score missing: replace ? by a score, such as 0 or -1.");
		}
	}

	/** Marks the row's placeholder (its nth {@code ?}), or its description when the placeholder cannot be found. */
	private void scoreMissing(Event event, int nth, String message) {
		ICompositeNode row = NodeModelUtils.getNode(event);
		int seen = 0;
		for (ILeafNode leaf : row == null ? List.<ILeafNode>of() : row.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && "?".equals(keyword.getValue()) && seen++ == nth) {
				getMessageAcceptor().acceptError(message, event, leaf.getOffset(), leaf.getLength(), SCORE_MISSING);
				return;
			}
		}
		error(message, event, Literals.EVENT__DESCRIPTION, SCORE_MISSING);
	}

	/**
	 * One diagnostic per row, however many extra scores it has, marking them all at once:
	 * locating each one separately walked the row again for every score (quadratic).
	 */
	@Check
	public void eventHasNoExtraScore(Event event) {
		int extra = event.getExtraScores().size();
		if (extra == 0) {
			return;
		}
		String takes = event instanceof SecurityEvent ? "A security event takes two scores (national security, regional tension)"
				: "An event of a relationship catalogue takes one score";
		String remove = extra == 1 ? "remove " + Signed.of(event.getExtraScores().get(0))
				: String.format(Locale.ROOT, "remove the %,d extra scores", extra);
		String message = takes + "; " + remove + ".";
		List<INode> nodes = NodeModelUtils.findNodesForFeature(event, Literals.EVENT__EXTRA_SCORES);
		if (nodes.isEmpty()) {
			error(message, event, Literals.EVENT__EXTRA_SCORES, TOO_MANY_SCORES);
			return;
		}
		INode first = nodes.get(0);
		INode last = nodes.get(nodes.size() - 1);
		getMessageAcceptor().acceptError(message, event, first.getOffset(), last.getEndOffset() - first.getOffset(),
				TOO_MANY_SCORES);
	}

	private void checkChronological(List<? extends Event> catalogue) {
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(catalogue);
		if (inversion == null) {
			return;
		}
		String row = "Row " + (inversion.index() + 1) + " (" + QuotedInput.shown(inversion.event().getDate().getText()) + ")";
		String above = "row " + (inversion.predecessorIndex() + 1) + " (" + QuotedInput.shown(inversion.predecessor().getDate().getText()) + ")";
		String message = switch (inversion.misplacement()) {
			case BEFORE_A_ROW_ABOVE -> row + " comes after " + above + ": the catalogue is not in chronological order.";
			case AFTER_THE_CLOSING_PERIOD_LONG_ROWS -> row + " comes after the period-long " + above + ": " + PERIOD_LONG_TOGETHER;
			case PERIOD_LONG_AFTER_THE_OPENING_BLOCK -> row + ", a period-long event, comes after " + above + ": " + PERIOD_LONG_TOGETHER;
		};
		warning(message, inversion.event().getDate(), Literals.EVENT_DATE__TEXT, CATALOGUE_OUT_OF_ORDER);
	}

	private void checkRepeatedRows(List<? extends Event> catalogue) {
		Map<String, Integer> firstRowByDescription = new HashMap<>();
		for (int i = 0; i < catalogue.size(); i++) {
			Event event = catalogue.get(i);
			String key = normalise(event.getDescription());
			if (key.isEmpty()) {
				continue;
			}
			Integer first = firstRowByDescription.putIfAbsent(key, i);
			if (first == null) {
				continue;
			}
			Event earlier = catalogue.get(first);
			if (sameDate(earlier, event)) {
				error("Row " + (i + 1) + " repeats row " + (first + 1) + ": same date and description.", event,
						Literals.EVENT__DESCRIPTION, DUPLICATE_EVENT);
			} else {
				warning("Row " + (i + 1) + " has the same description as row " + (first + 1) + " ("
						+ QuotedInput.shown(earlier.getDate().getText()) + ").", event, Literals.EVENT__DESCRIPTION, DUPLICATE_DESCRIPTION);
			}
		}
	}

	private void checkRange(Event event, int score, EAttribute feature, String what) {
		PublicationProfile profile = Containers.profileOf(event);
		if (profile == null || profile.getMinScore() > profile.getMaxScore()) {
			return;
		}
		if (score < profile.getMinScore() || score > profile.getMaxScore()) {
			error("The " + what + " " + Signed.of(score) + " is outside the profile's range " + Signed.of(profile.getMinScore())
					+ " to " + Signed.of(profile.getMaxScore()) + ".", event, feature, SCORE_OUT_OF_RANGE);
		}
	}

	private static boolean sameDate(Event a, Event b) {
		DateSpan spanA = a.span();
		DateSpan spanB = b.span();
		if (spanA != null && spanB != null) {
			return spanA.equals(spanB);
		}
		return a.getDate() != null && b.getDate() != null && normalise(a.getDate().getText()).equals(normalise(b.getDate().getText()));
	}

	/** Descriptions are compared as a reader would: case, spacing and a final full stop do not count. */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String normalised = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return normalised.endsWith(".") ? normalised.substring(0, normalised.length() - 1) : normalised;
	}
}
