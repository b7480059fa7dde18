package org.barometer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.barometer.model.FigureKind;
import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.RelationshipSection;
import org.barometer.model.Section;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a stated figure should read: the index of its kind, computed from its own section's catalogue. */
class StatedFiguresTest {

	private final Issue issue = ModelFixtures.issue(Month.NOVEMBER, Month.DECEMBER, 2020);
	private final RelationshipSection relationship = ModelFixtures.section(issue, 2, 1, -1, 0, -3);
	private final SecuritySection security = ModelFixtures.security(issue, ModelFixtures.securityEvent("November", 1, -3),
			ModelFixtures.securityEvent("December", -2, -4));

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "AGGREGATE, -1", "TOTAL, -1", "POSITIVE, 3", "NEGATIVE, -4" })
	void relationshipFigureReadsItsIndex(FigureKind kind, int expected) {
		assertEquals(expected, stated(relationship, kind));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "NATIONAL, -1", "REGIONAL, -7" })
	void securityFigureReadsItsIndex(FigureKind kind, int expected) {
		assertEquals(expected, stated(security, kind));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "NATIONAL", "REGIONAL" })
	void securityFigureHasNoValueInARelationshipSection(FigureKind kind) {
		assertNull(stated(relationship, kind));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "AGGREGATE", "TOTAL", "POSITIVE", "NEGATIVE" })
	void relationshipFigureHasNoValueInTheSecuritySection(FigureKind kind) {
		assertNull(stated(security, kind));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "AGGREGATE", "REGIONAL" })
	void figureOutsideASectionHasNoValue(FigureKind kind) {
		assertNull(ModelFixtures.figure(kind, 0).computedValue());
	}

	private static Integer stated(Section section, FigureKind kind) {
		StatedFigure figure = ModelFixtures.figure(kind, 99);
		section.getFigures().add(figure);
		return figure.computedValue();
	}
}
