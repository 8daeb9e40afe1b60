/**
 * The words that say what a block of a page is: class and id words read as whole tokens
 * ({@link org.offprint.read.html.cues.Vocabulary}: chrome, article, byline, caption, popup...) and phrases of the
 * text in several languages ({@link org.offprint.read.html.cues.Phrases}: teaser labels, prompts, datelines,
 * credits, reading times...). General cues only: no site is named, and no cue matches inside another word.
 *
 * <p>API: both classes. Uses nothing else of the HTML reader.
 *
 * <p>Change here: a class or id word that marks chrome, the article or a caption ({@code Vocabulary}); a label or
 * line of page furniture in some language ({@code Phrases}). Whether a cue decides or only tips a close call is
 * the business of the stage that reads it ({@code extract}, {@code mapping}, {@code metadata}).
 */
package org.offprint.read.html.cues;
