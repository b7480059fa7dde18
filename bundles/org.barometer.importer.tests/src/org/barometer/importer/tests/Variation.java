package org.barometer.importer.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceLine;

/**
 * A published issue's text changed the way other issues of the series differ from it (other
 * page breaks, other wrapping, another order): built from the reference lines, so that what
 * the import should find follows from the unchanged reference, never from a copy by hand.
 */
final class Variation {

	final List<String> lines;
	private final String name;

	private Variation(String name, List<String> lines) {
		this.name = name;
		this.lines = new ArrayList<>(lines);
	}

	static Variation of(int issue) {
		try {
			return new Variation(Reference.text(issue).getFileName().toString(),
					Files.readAllLines(Reference.text(issue), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	SourceDocument document() {
		List<SourceLine> source = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			source.add(new SourceLine(0, i + 1, lines.get(i)));
		}
		return new SourceDocument(name, source);
	}

	/** The index of the first line, at or after {@code from}, whose stripped text satisfies {@code test}. */
	int find(int from, Predicate<String> test) {
		for (int i = from; i < lines.size(); i++) {
			if (test.test(lines.get(i).strip())) {
				return i;
			}
		}
		throw new AssertionError("no such line in " + name);
	}

	int find(String exact) {
		return find(0, exact::equals);
	}

	int find(int from, String exact) {
		return find(from, exact::equals);
	}

	/** Lines [from, to) taken out. */
	List<String> cut(int from, int to) {
		List<String> taken = new ArrayList<>(lines.subList(from, to));
		lines.subList(from, to).clear();
		return taken;
	}

	void insert(int at, List<String> inserted) {
		lines.addAll(at, inserted);
	}

	/** A page break as the wrapped layout prints one: chart-free furniture between blank lines. */
	static List<String> pageBreak(int page) {
		return List.of("", page + "minskdialogue.by", "", "№ 18 (November and December 2020)", "",
				"MINSK BAROMETER: Monitoring of foreign policy and regional security", "");
	}
}
