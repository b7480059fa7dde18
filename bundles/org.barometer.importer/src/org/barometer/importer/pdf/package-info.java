/** Reads published issues from pdf files into source lines. */
package org.barometer.importer.pdf;
