/**
 * The WARC reader: a web archive's HTML responses as pages and its other responses as their files, read with jwarc
 * into an {@link org.offprint.read.Archive}. Images come from the archive's records, never from the network.
 */
package org.offprint.read.warc;
