package org.barometer.studio.preload.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.barometer.studio.preload.ClassList;
import org.junit.jupiter.api.Test;

class ClassListTest {

	static ClassList parse(String text) throws IOException {
		return ClassList.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void classesAreKeptPerBundleInLoadOrder() throws IOException {
		ClassList list = parse("""
				# a comment
				@org.example.b
				b.First
				b.Second

				@org.example.a
				a.Only
				@org.example.b
				b.Third
				""");
		assertEquals(List.of("org.example.b", "org.example.a"), list.bundles());
		assertEquals(List.of("b.First", "b.Second", "b.Third"), list.classesOf("org.example.b"));
		assertEquals(List.of("a.Only"), list.classesOf("org.example.a"));
		assertEquals(4, list.size());
	}

	@Test
	void classesBeforeAnyBundleLineAndUnknownBundlesAreNothing() throws IOException {
		ClassList list = parse("stray.Class\n");
		assertEquals(List.of(), list.bundles());
		assertEquals(List.of(), list.classesOf("org.example.none"));
		assertEquals(0, list.size());
	}
}
