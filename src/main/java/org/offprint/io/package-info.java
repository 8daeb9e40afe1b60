/**
 * Access to files and the network under offprint's untrusted-content policy: {@link
 * org.offprint.io.LocalResources} resolves the images a page refers to, reading only folders the user allowed and
 * never the network unless asked.
 */
package org.offprint.io;
