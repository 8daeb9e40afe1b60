/**
 * Feeds (RSS, Atom, JSON Feed) read into a {@link org.offprint.read.feed.Feed}: the feed's own title,
 * description and image, and its items with their links, dates, authors and content. The CLI turns each item into
 * an article through the HTML reader; nothing here fetches anything.
 */
package org.offprint.read.feed;
