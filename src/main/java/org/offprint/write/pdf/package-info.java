/**
 * The PDF writer: {@link org.offprint.write.pdf.PdfWriter} turns the model into OpenPDF elements typeset with the
 * theme, and is the only package that imports OpenPDF ({@code com.lowagie}). Hyphenation patterns (libhyphen
 * files, unmodified, with their licences) ship as resources beside these classes.
 */
package org.offprint.write.pdf;
