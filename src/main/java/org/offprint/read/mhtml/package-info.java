/**
 * The MHTML reader: a page saved by a browser as one file ("Save as single file"), a MIME {@code multipart/related}
 * message parsed by {@code Mime}. The page is read as HTML; its images are the message's other parts, looked up
 * by URL in the {@link org.offprint.read.Archive}, never on disk or on the network.
 */
package org.offprint.read.mhtml;
