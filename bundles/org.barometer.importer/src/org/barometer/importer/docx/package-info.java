/** Reads published issues from docx files into source lines. */
package org.barometer.importer.docx;
