package org.barometer.lang.validation;

import static org.barometer.lang.validation.BarometerIssueCodes.*;

import java.util.EnumMap;
import java.util.Map;

import org.barometer.model.Band;
import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.FigureKind;
import org.barometer.model.RelationshipSection;
import org.barometer.model.Section;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;
import org.barometer.model.indices.RelationshipIndices;
import org.barometer.model.scale.BandRangeText;
import org.barometer.model.indices.SecurityIndices;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.validation.Check;

/** Figures printed by hand are checked against the figures computed from the catalogue. */
public class StatedFigureValidator extends BarometerCheckBase {

	@Check
	public void relationshipIndicesFit(RelationshipSection section) {
		if (RelationshipIndices.exceedsIndexRange(section)) {
			errorOnHeading("The scores of this catalogue add up beyond " + Signed.of(Integer.MAX_VALUE)
					+ ", the most an index can hold: its indices cannot be computed.", section);
		}
	}

	@Check
	public void securityIndicesFit(SecuritySection section) {
		if (SecurityIndices.exceedsIndexRange(section)) {
			errorOnHeading("The security scores add up beyond " + Signed.of(Integer.MAX_VALUE)
					+ ", the most an index can hold: its indices cannot be computed.", section);
		}
	}

	@Check
	public void statedFigureEqualsComputed(StatedFigure figure) {
		if (overflows(figure.eContainer())) {
			return; // the computed figure is meaningless; reported once on the section
		}
		Integer computed = figure.computedValue();
		if (computed == null) {
			String section = figure.eContainer() instanceof RelationshipSection ? "a relationship section" : "the security section";
			error("A " + figure.getKind().getLiteral() + " figure does not belong in " + section + ".",
					figure, Literals.STATED_FIGURE__KIND, STATED_FIGURE_NOT_APPLICABLE);
		} else if (computed != figure.getValue()) {
			error("Stated " + describe(figure.getKind()) + " " + Signed.of(figure.getValue()) + " differs from the computed "
					+ Signed.of(computed) + ".", figure, Literals.STATED_FIGURE__VALUE, STATED_FIGURE_MISMATCH,
					Signed.of(computed));
		}
	}

	@Check
	public void statedFigureNotRepeated(Section section) {
		Map<FigureKind, StatedFigure> seen = new EnumMap<>(FigureKind.class);
		for (StatedFigure figure : section.getFigures()) {
			if (seen.putIfAbsent(figure.getKind(), figure) != null) {
				warning("The " + figure.getKind().getLiteral() + " figure is stated twice.", figure,
						Literals.STATED_FIGURE__KIND, STATED_FIGURE_REPEATED);
			}
		}
	}

	@Check
	public void statedAggregateIsPositivePlusNegative(RelationshipSection section) {
		StatedFigure aggregate = stated(section, FigureKind.AGGREGATE);
		StatedFigure positive = stated(section, FigureKind.POSITIVE);
		StatedFigure negative = stated(section, FigureKind.NEGATIVE);
		if (aggregate == null || positive == null || negative == null) {
			return;
		}
		long sum = (long) positive.getValue() + negative.getValue();
		if (aggregate.getValue() != sum) {
			error("Stated aggregate " + Signed.of(aggregate.getValue()) + " is not stated positive "
					+ Signed.of(positive.getValue()) + " plus stated negative " + Signed.of(negative.getValue()) + " ("
					+ Signed.of(sum) + ").", aggregate, Literals.STATED_FIGURE__VALUE, STATED_AGGREGATE_NOT_SUM,
					Signed.of(sum));
		}
	}

	@Check
	public void statedColourIsBandOfRegionalTotal(SecuritySection section) {
		Band stated = section.getStatedColour();
		if (stated == null || stated.eIsProxy()) {
			return;
		}
		if (SecurityIndices.exceedsIndexRange(section)) {
			return;
		}
		Band computed = section.regionalBand();
		if (computed != null && computed != stated) {
			error("Stated colour " + BandRangeText.nameOf(stated) + " differs from " + BandRangeText.nameOf(computed)
					+ ", the band of the computed regional tension index " + Signed.of(section.getRegionalTensionIndex())
					+ ".", section, Literals.SECURITY_SECTION__STATED_COLOUR, STATED_COLOUR_MISMATCH, BandRangeText.nameOf(computed));
		}
	}

	private static boolean overflows(Object section) {
		return section instanceof RelationshipSection relationship ? RelationshipIndices.exceedsIndexRange(relationship)
				: section instanceof SecuritySection security && SecurityIndices.exceedsIndexRange(security);
	}

	private void errorOnHeading(String message, Section section) {
		ILeafNode heading = SectionHeading.of(section);
		if (heading == null) {
			error(message, section, null, INDEX_OUT_OF_RANGE);
		} else {
			getMessageAcceptor().acceptError(message, section, heading.getOffset(), heading.getLength(), INDEX_OUT_OF_RANGE);
		}
	}

	private static StatedFigure stated(Section section, FigureKind kind) {
		for (StatedFigure figure : section.getFigures()) {
			if (figure.getKind() == kind) {
				return figure;
			}
		}
		return null;
	}

	private static String describe(FigureKind kind) {
		return switch (kind) {
			case AGGREGATE -> "aggregate index";
			case POSITIVE -> "positive points";
			case NEGATIVE -> "negative points";
			case TOTAL -> "catalogue total";
			case NATIONAL -> "national security index";
			case REGIONAL -> "regional tension index";
		};
	}
}
