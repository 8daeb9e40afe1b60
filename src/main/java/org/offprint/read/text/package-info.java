/**
 * The text reader: scraped text dumps (title, dateline, paragraphs and leftover site chrome) into the document
 * model, through small stages: decoding, units (lines or joined hard-wrapped lines), chrome scores, dateline
 * and byline, the article's extent, and the body's structure.
 */
package org.offprint.read.text;
