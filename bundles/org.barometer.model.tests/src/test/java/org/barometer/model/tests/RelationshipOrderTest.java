package org.barometer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.junit.jupiter.api.Test;

/** A relationship's order is its place in the profile, and follows it when the profile is reordered. */
class RelationshipOrderTest {

	@Test
	void orderIsThePlaceInTheProfileFromOne() {
		PublicationProfile profile = ModelFixtures.FACTORY.createPublicationProfile();
		List<Relationship> relationships = List.of(relationship("Russia"), relationship("EU"), relationship("China"));
		profile.getRelationships().addAll(relationships);
		assertEquals(List.of(1, 2, 3), relationships.stream().map(Relationship::order).toList());

		profile.getRelationships().move(0, 2); // China first
		assertEquals(1, relationships.get(2).order());
		assertEquals(2, relationships.get(0).order());
	}

	@Test
	void aRelationshipOutsideAProfileHasNoOrder() {
		assertEquals(0, relationship("Ukraine").order());
	}

	private static Relationship relationship(String name) {
		Relationship relationship = ModelFixtures.FACTORY.createRelationship();
		relationship.setName(name);
		return relationship;
	}
}
