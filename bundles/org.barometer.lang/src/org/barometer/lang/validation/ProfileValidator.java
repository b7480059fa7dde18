package org.barometer.lang.validation;

import static org.barometer.lang.validation.BarometerIssueCodes.*;

import java.util.List;
import java.util.regex.Pattern;

import org.barometer.model.Band;
import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.ColourScale;
import org.barometer.model.FigureKind;
import org.barometer.model.PublicationProfile;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;
import org.barometer.model.indices.SecurityIndices;
import org.barometer.model.navigation.Containers;
import org.barometer.model.scale.BandRangeText;
import org.barometer.model.scale.ScaleCoverage;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.validation.Check;

/** The profile's scoring rules and colour scale, and the issues' use of the scale. */
public class ProfileValidator extends BarometerCheckBase {

	/** The form the exports need: Word and Excel take six hex digits. */
	private static final Pattern RGB = Pattern.compile("#[0-9A-Fa-f]{6}");

	@Check
	public void scaleHasBands(ColourScale scale) {
		if (scale.getBands().isEmpty()) {
			error("The colour scale has no bands, so the regional tension index has no colour: add a band for each range of values"
					+ " (e.g. band Green from -6 to -2 colour #00B050).", scale.eContainer(), Literals.PUBLICATION_PROFILE__SCALE, SCALE_EMPTY);
		}
	}

	@Check
	public void scaleHasNoGap(ColourScale scale) {
		for (ScaleCoverage.Gap gap : ScaleCoverage.of(scale).gaps()) {
			String between = gap.below() != null && gap.above() != null
					? " (between " + BandRangeText.nameOf(gap.below()) + " and " + BandRangeText.nameOf(gap.above()) + ")" : "";
			error("The colour scale leaves " + ScaleCoverage.describe(gap.from(), gap.to()) + " in no band" + between + ".",
					scale.eContainer(), Literals.PUBLICATION_PROFILE__SCALE, SCALE_GAP);
		}
	}

	@Check
	public void scaleHasNoOverlap(ColourScale scale) {
		for (ScaleCoverage.Overlap overlap : ScaleCoverage.of(scale).overlaps()) {
			error("The colour scale puts " + ScaleCoverage.describe(overlap.from(), overlap.to()) + " in two bands, "
					+ BandRangeText.nameOf(overlap.first()) + " and " + BandRangeText.nameOf(overlap.second()) + ".", scale.eContainer(),
					Literals.PUBLICATION_PROFILE__SCALE, SCALE_OVERLAP);
		}
	}

	@Check
	public void scoreRangeIsNotEmpty(PublicationProfile profile) {
		if (profile.getMinScore() > profile.getMaxScore()) {
			error("The score range from " + Signed.of(profile.getMinScore()) + " to " + Signed.of(profile.getMaxScore())
					+ " is empty.", profile, Literals.PUBLICATION_PROFILE__MIN_SCORE, SCORE_RANGE_EMPTY);
		}
	}

	@Check
	public void bandColourIsRgb(Band band) {
		String colour = band.getColour();
		if (colour != null && !RGB.matcher(colour).matches()) {
			error("The colour " + colour + " of band " + BandRangeText.nameOf(band)
					+ " is not an RGB colour: write six hex digits, #RRGGBB (e.g. #FFFF00).", band, Literals.BAND__COLOUR,
					BAND_COLOUR_NOT_RGB);
		}
	}

	@Check
	public void regionalTotalFallsInOneBand(SecuritySection section) {
		PublicationProfile profile = Containers.profileOf(section);
		if (profile == null || profile.getScale() == null || profile.getScale().getBands().isEmpty()
				|| SecurityIndices.exceedsIndexRange(section)) {
			return;
		}
		int total = section.getRegionalTensionIndex();
		List<Band> bands = profile.getScale().bandsContaining(total);
		if (bands.isEmpty()) {
			errorOnRegionalTotal("The regional tension index " + Signed.of(total) + " falls in no band of the colour scale.",
					section);
		} else if (bands.size() > 1) {
			errorOnRegionalTotal("The regional tension index " + Signed.of(total) + " falls in " + bands.size()
					+ " bands of the colour scale.", section);
		}
	}

	/** On the stated regional figure when there is one, else on the section's first word. */
	private void errorOnRegionalTotal(String message, SecuritySection section) {
		for (StatedFigure figure : section.getFigures()) {
			if (figure.getKind() == FigureKind.REGIONAL) {
				error(message, figure, null, REGIONAL_TOTAL_OUTSIDE_SCALE);
				return;
			}
		}
		ILeafNode heading = SectionHeading.of(section);
		if (heading == null) {
			error(message, section, null, REGIONAL_TOTAL_OUTSIDE_SCALE);
		} else {
			getMessageAcceptor().acceptError(message, section, heading.getOffset(), heading.getLength(),
					REGIONAL_TOTAL_OUTSIDE_SCALE);
		}
	}
}
