package org.barometer.editor.presentation;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * The document's partitions: text blocks, strings and comments may span lines, so they get
 * partitions of their own and a change inside one repaints it whole; the rest is code. A
 * string is a partition too so that its words are never read as keywords, nor a "//" in it
 * (a web address) as the start of a comment.
 */
public final class BarometerPartitions {

	public static final String PARTITIONING = "org.barometer.editor.partitioning";
	public static final String TEXT_BLOCK = "__barometer_text_block";
	public static final String COMMENT = "__barometer_comment";
	public static final String STRING = "__barometer_string";
	public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, TEXT_BLOCK, STRING, COMMENT };

	private BarometerPartitions() {
	}

	public static FastPartitioner createPartitioner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		scanner.setPredicateRules(new IPredicateRule[] {
				new MultiLineRule("\"\"\"", "\"\"\"", new Token(TEXT_BLOCK), (char) 0, true),
				new MultiLineRule("\"", "\"", new Token(STRING), '\\', true),
				new MultiLineRule("/*", "*/", new Token(COMMENT), (char) 0, true),
				new EndOfLineRule("//", new Token(COMMENT)) });
		return new FastPartitioner(scanner, TYPES);
	}
}
