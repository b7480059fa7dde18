package org.barometer.model.tests;

import org.barometer.model.BarometerFactory;
import org.barometer.model.Band;
import org.barometer.model.Bound;
import org.barometer.model.ColourScale;
import org.barometer.model.EventDate;
import org.barometer.model.FigureKind;
import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.Period;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;

/** Builds model objects the way the parser would, for tests that need no parser. */
final class ModelFixtures {

	static final BarometerFactory FACTORY = BarometerFactory.eINSTANCE;

	private ModelFixtures() {
	}

	static Issue issue(Month first, Month second, int year) {
		Issue issue = FACTORY.createIssue();
		Period period = FACTORY.createPeriod();
		period.setFirstMonth(first);
		period.setSecondMonth(second);
		period.setYear(year);
		issue.setPeriod(period);
		return issue;
	}

	static RelationshipSection section(Issue issue, int... scores) {
		RelationshipSection section = FACTORY.createRelationshipSection();
		for (int score : scores) {
			section.getEvents().add(event("1 November", score));
		}
		issue.getSections().add(section);
		return section;
	}

	static RelationshipEvent event(String date, int score) {
		RelationshipEvent event = FACTORY.createRelationshipEvent();
		event.setDate(date(date));
		event.setDescription("event on " + date);
		event.setScore(score);
		return event;
	}

	static SecurityEvent securityEvent(String date, int national, int regional) {
		SecurityEvent event = FACTORY.createSecurityEvent();
		event.setDate(date(date));
		event.setNational(national);
		event.setRegional(regional);
		return event;
	}

	static SecuritySection security(Issue issue, SecurityEvent... events) {
		SecuritySection section = FACTORY.createSecuritySection();
		for (SecurityEvent event : events) {
			section.getEvents().add(event);
		}
		issue.setSecurity(section);
		return section;
	}

	static StatedFigure figure(FigureKind kind, int value) {
		StatedFigure figure = FACTORY.createStatedFigure();
		figure.setKind(kind);
		figure.setValue(value);
		return figure;
	}

	static EventDate date(String text) {
		EventDate date = FACTORY.createEventDate();
		date.setText(text);
		return date;
	}

	/** The scale as the Minsk Barometer publishes it, hole at -1 included. */
	static PublicationProfile publishedProfile() {
		PublicationProfile profile = FACTORY.createPublicationProfile();
		ColourScale scale = FACTORY.createColourScale();
		scale.getBands().add(band("White", bound(-1, false), null));
		scale.getBands().add(band("Green", bound(-6, true), bound(-2, true)));
		scale.getBands().add(band("Yellow", bound(-12, true), bound(-7, true)));
		scale.getBands().add(band("Orange", bound(-17, true), bound(-13, true)));
		scale.getBands().add(band("Red", null, bound(-18, true)));
		profile.setScale(scale);
		return profile;
	}

	static Band band(String name, Bound lower, Bound upper) {
		Band band = FACTORY.createBand();
		band.setName(name);
		band.setLower(lower);
		band.setUpper(upper);
		return band;
	}

	static Bound bound(int value, boolean inclusive) {
		Bound bound = FACTORY.createBound();
		bound.setValue(value);
		bound.setInclusive(inclusive);
		return bound;
	}
}
